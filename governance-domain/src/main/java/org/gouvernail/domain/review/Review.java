package org.gouvernail.domain.review;

import java.time.LocalDate;
import java.util.Objects;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: one due subject put on the committee's agenda, open until a decision on it closes it
 * ("reviewed, no change, next review on …" is a decision too). A subject has at most one open review:
 * proposing the agenda again carries it over instead of adding a second one.
 *
 * @param meetingId the meeting whose agenda it was proposed for (the latest, when carried over)
 * @param nextReviewOn when the subject falls due again: the decision's review date, or one year after the review
 */
public record Review(
        ReviewId id,
        OrganisationId organisationId,
        DueSubject subject,
        MeetingId meetingId,
        LocalDate proposedOn,
        DecisionId decisionId,
        LocalDate reviewedOn,
        LocalDate nextReviewOn,
        long version) {

    /** Without a review date in the decision, a reviewed subject falls due again after this many months. */
    public static final int DEFAULT_NEXT_REVIEW_MONTHS = 12;

    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(proposedOn, "proposedOn");
    }

    public static Review propose(
            ReviewId id, OrganisationId organisationId, DueSubject subject, MeetingId meetingId, LocalDate today) {
        return new Review(id, organisationId, subject, meetingId, today, null, null, null, 0);
    }

    public boolean open() {
        return decisionId == null;
    }

    /** The same open review, now on another meeting's agenda. */
    public Review carriedTo(MeetingId meeting) {
        return new Review(id, organisationId, subject, meeting, proposedOn, null, null, null, version);
    }

    /**
     * Closed by a decision taken on {@code day}: the subject falls due again on {@code reviewDate}, or
     * one year later when the decision sets none. A closed review is never closed again.
     */
    public Review closeBy(DecisionId decision, LocalDate day, LocalDate reviewDate) {
        if (!open()) {
            throw new RuleViolation(
                    "review-closed", "review " + id + " was already closed by decision " + decisionId, decisionId);
        }
        if (reviewDate != null && !reviewDate.isAfter(day)) {
            throw new RuleViolation(
                    "review-date-not-after", "the next review date must come after the review day " + day, day);
        }
        LocalDate next = reviewDate == null ? day.plusMonths(DEFAULT_NEXT_REVIEW_MONTHS) : reviewDate;
        return new Review(id, organisationId, subject, meetingId, proposedOn, decision, day, next, version);
    }

    /**
     * Whether the subject was (or, still open, can still be) reviewed within one cadence of falling
     * due: decided at the latest {@code cadence} months after {@code dueOn}.
     */
    public boolean withinCadence(ReviewCadence cadence, LocalDate today) {
        LocalDate limit = subject.dueOn().plusMonths(cadence.months());
        return !(open() ? today : reviewedOn).isAfter(limit);
    }
}
