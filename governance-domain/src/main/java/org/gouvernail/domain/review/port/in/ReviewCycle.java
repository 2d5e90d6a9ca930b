package org.gouvernail.domain.review.port.in;

import java.time.LocalDate;
import java.util.List;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.review.DueReview;
import org.gouvernail.domain.review.Review;
import org.gouvernail.domain.review.ReviewCadence;
import org.gouvernail.domain.review.ReviewSettings;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** In-port: the review cycle that writes the committee's agenda. */
public interface ReviewCycle {

    /** What is due on a day, soonest first; {@code truncated} when more were due than {@code limit}. */
    record Due(LocalDate until, ReviewSettings settings, List<DueReview> items, boolean truncated) {}

    /**
     * The result of proposing a meeting's agenda: the reviews added to it (new or carried over), how
     * many due subjects were already on it, and how many did not fit (the agenda's maximum reached).
     */
    record Proposal(MeetingId meetingId, long meetingVersion, List<Review> added, int alreadyOnAgenda, int notAdded) {}

    /** A review in the ledger, with whether it was (or can still be) done within the cadence. */
    record LedgerEntry(Review review, boolean withinCadence) {}

    record Ledger(ReviewSettings settings, Page<LedgerEntry> entries) {}

    ReviewSettings settings(Caller caller, OrganisationId organisationId);

    ReviewSettings configure(
            Caller caller,
            OrganisationId organisationId,
            long expectedVersion,
            ReviewCadence cadence,
            int leadTimeDays);

    /** Due on {@code until}, by default today plus the lead time. */
    Due due(Caller caller, OrganisationId organisationId, LocalDate until, int limit);

    /** Adds one agenda item per subject due on the meeting's date that is not on it yet; a second call adds nothing. */
    Proposal proposeAgenda(Caller caller, OrganisationId organisationId, MeetingId meetingId);

    Ledger ledger(Caller caller, OrganisationId organisationId, PageRequest page);

    Review review(Caller caller, OrganisationId organisationId, org.gouvernail.domain.review.ReviewId reviewId);
}
