package org.gouvernail.rest.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.review.DueReview;
import org.gouvernail.domain.review.DueSubject;
import org.gouvernail.domain.review.Review;
import org.gouvernail.domain.review.ReviewCadence;
import org.gouvernail.domain.review.ReviewSettings;
import org.gouvernail.domain.review.ReviewSubjectType;
import org.gouvernail.domain.review.port.in.ReviewCycle.Due;
import org.gouvernail.domain.review.port.in.ReviewCycle.LedgerEntry;
import org.gouvernail.domain.review.port.in.ReviewCycle.Proposal;

/** REST DTOs of the review cycle: what is due, the proposed agenda, the ledger and the settings. */
final class ReviewJson {

    private ReviewJson() {}

    @Schema(name = "ReviewSettings", description = "The organisation's review cycle")
    record SettingsView(
            @Schema(
                    description =
                            "How often the cycle runs; a subject is reviewed within its cadence when decided at most one cadence after it fell due")
            ReviewCadence cadence,

            @Schema(
                    minimum = "0",
                    maximum = "90",
                    description =
                            "Days before a meeting at which its agenda is prepared; the default horizon of GET …/reviews/due")
            int leadTimeDays,

            @Schema(
                    description =
                            "False while the defaults from the organisation's size apply (staff + volunteers: under 10 SEMI_ANNUAL, under 50 QUARTERLY, else MONTHLY)")
            boolean custom) {

        static SettingsView from(ReviewSettings settings) {
            return new SettingsView(settings.cadence(), settings.leadTimeDays(), settings.custom());
        }
    }

    @Schema(name = "ReviewSettingsChange", description = "The review cycle chosen (PUT, If-Match required)")
    record SettingsInput(
            @NotNull ReviewCadence cadence,

            @NotNull @Min(0) @Max(90) @Schema(minimum = "0", maximum = "90", examples = "14")
            Integer leadTimeDays) {}

    @Schema(name = "AgendaProposal", description = "The meeting whose agenda the due subjects are added to")
    record ProposalInput(@NotNull @Schema(maxLength = 36) UUID meetingId) {}

    @Schema(name = "DueSubject", description = "A subject due for review")
    record DueView(
            ReviewSubjectType subjectType,
            @Schema(maxLength = 36) UUID subjectId,

            @Schema(maxLength = 200, description = "The subject's name (for feedback, its kind only)")
            String title,

            @Schema(
                    maxLength = 60,
                    description = "The rule: policy-review-date, assessment-older-than-12-months, risk-review-date, "
                            + "residual-high, decision-review-date, pilot-too-long, training-records-expiring, "
                            + "incident-high-open, incident-duty-late, feedback-deadline-passed")
            String reason,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate dueOn,

            @Schema(
                    minimum = "1",
                    maximum = "1000000",
                    description = "Records concerned (expiring training records of the module), else 1")
            int count,

            @Schema(nullable = true, maxLength = 36, description = "The open review that put it on an agenda already")
            UUID reviewId,

            @Schema(nullable = true, maxLength = 36, description = "The meeting of that review")
            UUID meetingId) {

        static DueView from(DueReview due) {
            DueSubject subject = due.subject();
            Review open = due.openReview();
            return new DueView(
                    subject.subjectType(),
                    subject.subjectId(),
                    subject.title(),
                    subject.reason(),
                    subject.dueOn(),
                    subject.count(),
                    open == null ? null : open.id().value(),
                    open == null ? null : open.meetingId().value());
        }
    }

    @Schema(name = "DueReviews", description = "What is due for review on a day, soonest first")
    record DueListView(
            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate until,

            SettingsView settings,
            @Schema(maxItems = 200) List<DueView> items,

            @Schema(description = "More subjects were due than the limit")
            boolean truncated) {

        static DueListView from(Due due) {
            return new DueListView(
                    due.until(),
                    SettingsView.from(due.settings()),
                    due.items().stream().map(DueView::from).toList(),
                    due.truncated());
        }
    }

    @Schema(
            name = "Review",
            description = "A due subject put before the committee; a decision on subject REVIEW closes it")
    record ReviewView(
            @Schema(maxLength = 36) UUID id,
            ReviewSubjectType subjectType,
            @Schema(maxLength = 36) UUID subjectId,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 60) String reason,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate dueOn,

            @Schema(minimum = "1", maximum = "1000000") int count,

            @Schema(maxLength = 36, description = "The meeting whose agenda it is on (the latest)")
            UUID meetingId,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate proposedOn,

            @Schema(
                    enumeration = {"OPEN", "REVIEWED"},
                    maxLength = 8)
            String status,

            @Schema(nullable = true, maxLength = 36) UUID decisionId,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate reviewedOn,

            @Schema(
                    nullable = true,
                    maxLength = 10,
                    implementation = String.class,
                    format = "date",
                    description = "When the subject falls due again")
            LocalDate nextReviewOn,

            @Schema(
                    nullable = true,
                    description =
                            "In the ledger: decided (or, open, still decidable) at most one cadence after it fell due")
            Boolean withinCadence) {

        static ReviewView from(Review review, Boolean withinCadence) {
            DueSubject subject = review.subject();
            return new ReviewView(
                    review.id().value(),
                    subject.subjectType(),
                    subject.subjectId(),
                    subject.title(),
                    subject.reason(),
                    subject.dueOn(),
                    subject.count(),
                    review.meetingId().value(),
                    review.proposedOn(),
                    review.open() ? "OPEN" : "REVIEWED",
                    review.decisionId() == null ? null : review.decisionId().value(),
                    review.reviewedOn(),
                    review.nextReviewOn(),
                    withinCadence);
        }

        static ReviewView from(LedgerEntry entry) {
            return from(entry.review(), entry.withinCadence());
        }
    }

    @Schema(name = "AgendaProposalResult", description = "What the proposal added to the meeting's agenda")
    record ProposalView(
            @Schema(maxLength = 36) UUID meetingId,

            @Schema(
                    minimum = "0",
                    maximum = "1000000000",
                    description = "The meeting's version (its ETag) after the proposal")
            long meetingVersion,

            @Schema(maxItems = 50) List<ReviewView> added,

            @Schema(minimum = "0", maximum = "1000", description = "Due subjects already on this agenda")
            int alreadyOnAgenda,

            @Schema(
                    minimum = "0",
                    maximum = "2000",
                    description = "Due subjects left out: the agenda holds 50 items at most")
            int notAdded) {

        static ProposalView from(Proposal proposal) {
            return new ProposalView(
                    proposal.meetingId().value(),
                    proposal.meetingVersion(),
                    proposal.added().stream()
                            .map(review -> ReviewView.from(review, null))
                            .toList(),
                    proposal.alreadyOnAgenda(),
                    proposal.notAdded());
        }
    }
}
