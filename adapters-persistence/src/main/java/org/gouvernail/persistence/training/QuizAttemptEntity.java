package org.gouvernail.persistence.training;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.QuizAttemptId;
import org.gouvernail.domain.training.QuizAttemptRecord;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecordId;

/** Row of table quiz_attempt (V154): written once, never updated. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttemptEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID memberId;
    public UUID moduleId;
    public int moduleRevision;
    public int questions;
    public int correct;
    public int score;
    public int passMark;
    public boolean passed;
    public UUID recordId;
    public Instant attemptedAt;

    static QuizAttemptEntity from(QuizAttemptRecord attempt) {
        QuizAttemptEntity entity = new QuizAttemptEntity();
        entity.id = attempt.id().value();
        entity.organisationId = attempt.organisationId().value();
        entity.memberId = attempt.memberId().value();
        entity.moduleId = attempt.moduleId().value();
        entity.moduleRevision = attempt.moduleRevision();
        entity.questions = attempt.questions();
        entity.correct = attempt.correct();
        entity.score = attempt.score();
        entity.passMark = attempt.passMark();
        entity.passed = attempt.passed();
        entity.recordId = attempt.recordId() == null ? null : attempt.recordId().value();
        entity.attemptedAt = attempt.attemptedAt();
        return entity;
    }

    QuizAttemptRecord toDomain() {
        return new QuizAttemptRecord(
                new QuizAttemptId(id),
                new OrganisationId(organisationId),
                new MemberId(memberId),
                new TrainingModuleId(moduleId),
                moduleRevision,
                questions,
                correct,
                score,
                passMark,
                passed,
                recordId == null ? null : new TrainingRecordId(recordId),
                attemptedAt);
    }
}
