package org.gouvernail.persistence.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.review.DueSubject;
import org.gouvernail.domain.review.Review;
import org.gouvernail.domain.review.ReviewId;
import org.gouvernail.domain.review.ReviewSubjectType;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table review: one due subject put before the committee, and the decision that closed it. */
@Entity
@Table(name = "review")
public class ReviewEntity {

    @Id
    public UUID id;

    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    public ReviewSubjectType subjectType;

    public UUID subjectId;
    public String title;
    public String reason;
    public LocalDate dueOn;

    @Column(name = "subject_count")
    public int count;

    public UUID meetingId;
    public LocalDate proposedOn;
    public UUID decisionId;
    public LocalDate reviewedOn;
    public LocalDate nextReviewOn;

    @Version
    public long version;

    static ReviewEntity from(Review review) {
        ReviewEntity entity = new ReviewEntity();
        entity.id = review.id().value();
        entity.organisationId = review.organisationId().value();
        DueSubject subject = review.subject();
        entity.subjectType = subject.subjectType();
        entity.subjectId = subject.subjectId();
        entity.title = subject.title();
        entity.reason = subject.reason();
        entity.dueOn = subject.dueOn();
        entity.count = subject.count();
        entity.apply(review);
        return entity;
    }

    /** What may change: the meeting it is on, and the decision that closes it. */
    void apply(Review review) {
        meetingId = review.meetingId().value();
        proposedOn = review.proposedOn();
        decisionId = review.decisionId() == null ? null : review.decisionId().value();
        reviewedOn = review.reviewedOn();
        nextReviewOn = review.nextReviewOn();
    }

    Review toDomain() {
        return new Review(
                new ReviewId(id),
                new OrganisationId(organisationId),
                new DueSubject(subjectType, subjectId, title, reason, dueOn, count),
                new MeetingId(meetingId),
                proposedOn,
                decisionId == null ? null : new DecisionId(decisionId),
                reviewedOn,
                nextReviewOn,
                version);
    }
}
