package org.gouvernail.domain.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.shared.Check;

/**
 * Read model: one subject that a due rule puts before the committee.
 *
 * @param reason the rule's code ("policy-review-date", "assessment-older-than-12-months"...)
 * @param title the subject's own name, never a feedback item's text
 * @param dueOn the day it fell or falls due
 * @param count how many records the subject stands for (expiring training records of one module), else 1
 */
public record DueSubject(
        ReviewSubjectType subjectType, UUID subjectId, String title, String reason, LocalDate dueOn, int count) {

    public DueSubject {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(dueOn, "dueOn");
        title = title == null || title.isBlank()
                ? subjectType.name()
                : title.strip().substring(0, Math.min(title.strip().length(), Check.NAME_LENGTH));
    }

    /** The subject as a review names it. */
    public SubjectKey key() {
        return new SubjectKey(subjectType, subjectId);
    }

    /** Type and id: what makes two reviews about the same subject. */
    public record SubjectKey(ReviewSubjectType subjectType, UUID subjectId) {}
}
