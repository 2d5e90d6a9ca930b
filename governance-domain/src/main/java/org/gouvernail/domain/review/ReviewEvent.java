package org.gouvernail.domain.review;

import java.util.UUID;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the review cycle; each names its review. */
public sealed interface ReviewEvent extends DomainEvent {

    Review review();

    @Override
    default OrganisationId organisationId() {
        return review().organisationId();
    }

    @Override
    default String subjectType() {
        return "REVIEW";
    }

    @Override
    default UUID subjectId() {
        return review().id().value();
    }

    /** A due subject put on a meeting's agenda (for the first time, or carried over). */
    record ReviewProposed(Review review, boolean carriedOver) implements ReviewEvent {

        @Override
        public String action() {
            return "review.proposed";
        }

        @Override
        public String summary() {
            return "subject: " + review.subject().subjectType() + " "
                    + review.subject().subjectId() + "; reason: "
                    + review.subject().reason() + "; due on: "
                    + review.subject().dueOn() + "; meeting: "
                    + review.meetingId() + (carriedOver ? "; carried over" : "");
        }
    }

    /** Closed by a decision. */
    record ReviewClosed(Review review) implements ReviewEvent {

        @Override
        public String action() {
            return "review.closed";
        }

        @Override
        public String summary() {
            return "subject: " + review.subject().subjectType() + " "
                    + review.subject().subjectId() + "; decision: "
                    + review.decisionId() + "; reviewed on: " + review.reviewedOn() + "; next review on: "
                    + review.nextReviewOn();
        }
    }

    /** The organisation chose its cadence and lead time. */
    record ReviewSettingsChanged(OrganisationId organisationId, ReviewSettings before, ReviewSettings after)
            implements DomainEvent {

        @Override
        public String action() {
            return "review.settings-changed";
        }

        @Override
        public String subjectType() {
            return "ORGANISATION";
        }

        @Override
        public UUID subjectId() {
            return organisationId.value();
        }

        @Override
        public String summary() {
            return "cadence: " + before.cadence() + " → " + after.cadence() + "; lead time: " + before.leadTimeDays()
                    + " → " + after.leadTimeDays() + " days";
        }
    }
}
