package org.gouvernail.domain.training;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Value: one attempt at a module's quiz, kept append-only (never changed nor deleted): who, which module in
 * which revision, how many questions were exactly right, the score against the pass mark, when; a passing
 * attempt names the training record it wrote, whose evidence it stays. The choices themselves are not kept.
 *
 * @param recordId the record a pass wrote; {@code null} for a failed attempt
 */
public record QuizAttemptRecord(
        QuizAttemptId id,
        OrganisationId organisationId,
        MemberId memberId,
        TrainingModuleId moduleId,
        int moduleRevision,
        int questions,
        int correct,
        int score,
        int passMark,
        boolean passed,
        TrainingRecordId recordId,
        Instant attemptedAt) {

    public QuizAttemptRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        if (correct < 0 || correct > questions || score < 0 || score > 100) {
            throw new IllegalArgumentException("an attempt's score is out of range");
        }
        if (passed != (recordId != null)) {
            throw new IllegalArgumentException("a passing attempt, and only one, names the record it wrote");
        }
    }

    /** The attempt as scored: the record a pass wrote, or none. */
    public static QuizAttemptRecord of(
            QuizAttemptId id,
            TrainingModule module,
            MemberId memberId,
            ModuleQuiz.Result result,
            TrainingRecordId recordId,
            Instant at) {
        return new QuizAttemptRecord(
                id,
                module.organisationId(),
                memberId,
                module.id(),
                module.revision(),
                result.correct().size(),
                (int) result.correct().stream().filter(Boolean::booleanValue).count(),
                result.score(),
                result.passMark(),
                result.passed(),
                recordId,
                at);
    }
}
