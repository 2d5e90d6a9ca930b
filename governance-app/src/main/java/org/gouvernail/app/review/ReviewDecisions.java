package org.gouvernail.app.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.port.out.DecisionEffect;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.review.Review;
import org.gouvernail.domain.review.ReviewEvent.ReviewClosed;
import org.gouvernail.domain.review.ReviewId;
import org.gouvernail.domain.review.port.out.Reviews;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Decision effect of subject REVIEW: the committee's decision on a review closes it, on the day of the
 * meeting (or today, by written procedure), with the decision's review date as the subject's next
 * review ("reviewed, no change, next review on …"). A DEFERRED decision leaves it open.
 */
@ApplicationScoped
public class ReviewDecisions implements DecisionEffect {

    private final Reviews reviews;
    private final Meetings meetings;
    private final Auditor auditor;
    private final Clock clock;

    public ReviewDecisions(Reviews reviews, Meetings meetings, Auditor auditor, Clock clock) {
        this.reviews = reviews;
        this.meetings = meetings;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public DecisionSubject subject() {
        return DecisionSubject.REVIEW;
    }

    @Override
    public String subjectName() {
        return "review";
    }

    @Override
    public boolean exists(OrganisationId organisationId, UUID subjectId) {
        return reviews.find(organisationId, new ReviewId(subjectId)).isPresent();
    }

    @Override
    public String apply(Caller caller, Decision decision) {
        ReviewId id = new ReviewId(decision.subjectId());
        Review review = reviews.find(decision.organisationId(), id).orElseThrow(() -> new NotFound("review", id));
        if (decision.outcome() == DecisionOutcome.DEFERRED) {
            if (!review.open()) {
                review.closeBy(decision.id(), LocalDate.now(clock), null); // refused: already closed
            }
            return "";
        }
        LocalDate day = decision.meetingId() == null
                ? LocalDate.now(clock)
                : meetings.find(decision.organisationId(), decision.meetingId())
                        .map(Meeting::date)
                        .orElseGet(() -> LocalDate.now(clock));
        Review closed = reviews.update(review.closeBy(decision.id(), day, decision.reviewDate()));
        auditor.record(caller, new ReviewClosed(closed));
        return "review: closed; next review on: " + closed.nextReviewOn();
    }
}
