package org.gouvernail.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ReviewCycleRulesTest {

    private static final OrganisationId ORG = new OrganisationId(UUID.randomUUID());
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static DueSubject subject(ReviewSubjectType type, LocalDate dueOn) {
        return new DueSubject(type, UUID.randomUUID(), "Sujet", "rule", dueOn, 1);
    }

    private static Review proposed(DueSubject subject) {
        return Review.propose(
                new ReviewId(UUID.randomUUID()), ORG, subject, new MeetingId(UUID.randomUUID()), DAY.minusDays(7));
    }

    @Test
    void theCadenceFollowsTheSizeOfTheOrganisation() {
        assertThat(ReviewCadence.forSize(OrganisationSize.unknown())).isEqualTo(ReviewCadence.QUARTERLY);
        assertThat(ReviewCadence.forSize(new OrganisationSize(2, 5))).isEqualTo(ReviewCadence.SEMI_ANNUAL);
        assertThat(ReviewCadence.forSize(new OrganisationSize(5, 30))).isEqualTo(ReviewCadence.QUARTERLY);
        assertThat(ReviewCadence.forSize(new OrganisationSize(40, 200))).isEqualTo(ReviewCadence.MONTHLY);
    }

    @Test
    void aSubjectNeverReviewedOrWithAnOpenReviewIsDueAndOneReviewedIsNotBeforeItsNextReview() {
        DueSubject never = subject(ReviewSubjectType.RISK, DAY.minusDays(3));
        DueSubject onAgenda = subject(ReviewSubjectType.TOOL, DAY.minusDays(10));
        DueSubject reviewed = subject(ReviewSubjectType.DECISION, DAY.minusDays(1));
        DueSubject reviewedLongAgo = subject(ReviewSubjectType.POLICY_VERSION, DAY.minusDays(1));
        Review open = proposed(onAgenda);
        Review closed = proposed(reviewed).closeBy(new DecisionId(UUID.randomUUID()), DAY.minusDays(1), null);
        Review stale = proposed(reviewedLongAgo)
                .closeBy(new DecisionId(UUID.randomUUID()), DAY.minusMonths(8), DAY.minusDays(2));

        List<DueReview> due = DueReview.of(
                List.of(never, onAgenda, reviewed, reviewedLongAgo, never), List.of(open, closed, stale), DAY);

        assertThat(due).extracting(DueReview::subject).containsExactly(onAgenda, never, reviewedLongAgo);
        assertThat(due.get(0).openReview()).isEqualTo(open);
        assertThat(closed.nextReviewOn()).isEqualTo(DAY.minusDays(1).plusMonths(12));
    }

    @Test
    void aReviewClosesOnceWithANextReviewAfterTheReviewDay() {
        Review review = proposed(subject(ReviewSubjectType.INCIDENT, DAY));
        assertThatThrownBy(() -> review.closeBy(new DecisionId(UUID.randomUUID()), DAY, DAY))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("after the review day");
        Review closed = review.closeBy(new DecisionId(UUID.randomUUID()), DAY, DAY.plusMonths(6));
        assertThat(closed.open()).isFalse();
        assertThat(closed.nextReviewOn()).isEqualTo(DAY.plusMonths(6));
        assertThatThrownBy(() -> closed.closeBy(new DecisionId(UUID.randomUUID()), DAY, null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already closed");
    }

    @Test
    void withinCadenceMeansDecidedAtMostOneCadenceAfterFallingDue() {
        DueSubject subject = subject(ReviewSubjectType.FEEDBACK, DAY);
        Review inTime = proposed(subject).closeBy(new DecisionId(UUID.randomUUID()), DAY.plusMonths(3), null);
        Review late = proposed(subject)
                .closeBy(new DecisionId(UUID.randomUUID()), DAY.plusMonths(3).plusDays(1), null);
        assertThat(inTime.withinCadence(ReviewCadence.QUARTERLY, DAY.plusYears(1)))
                .isTrue();
        assertThat(late.withinCadence(ReviewCadence.QUARTERLY, DAY.plusYears(1)))
                .isFalse();
        Review open = proposed(subject);
        assertThat(open.withinCadence(ReviewCadence.MONTHLY, DAY.plusDays(20))).isTrue();
        assertThat(open.withinCadence(ReviewCadence.MONTHLY, DAY.plusMonths(2))).isFalse();
    }
}
