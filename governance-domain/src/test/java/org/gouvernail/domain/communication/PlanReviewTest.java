package org.gouvernail.domain.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.communication.ConsultationStep.Progress;
import org.gouvernail.domain.communication.Coverage.Cell;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.junit.jupiter.api.Test;

class PlanReviewTest {

    private static final LocalDate GO_LIVE = LocalDate.parse("2027-04-01");
    private static final OrganisationProfile BELGIAN_60 =
            anOrganisation().in("BE").ofSize(new OrganisationSize(60, 200)).build();

    private static PlanReview review(
            OrganisationProfile profile, CommunicationPlan plan, LocalDate today, CommunicationAction... actions) {
        return PlanReview.of(profile, plan, List.of(actions), today);
    }

    @Test
    void aBelgianEmployerOf60ConsultsWorkerRepresentativesThreeMonthsBeforeGoLive() {
        CommunicationPlan plan = Communications.plan(Communications.assistantRollOut(GO_LIVE, true, false));

        PlanReview review = review(BELGIAN_60, plan, LocalDate.parse("2026-12-15"));

        ConsultationStep step = review.consultation().orElseThrow();
        assertThat(step.duty().basis()).isEqualTo(LegalBasis.BE_CCT_39);
        assertThat(step.duty().dueOn()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(step.duty().bodies()).containsExactly("WORKS_COUNCIL", "UNION_DELEGATION", "CPPT");
        assertThat(step.progress()).isEqualTo(Progress.PROPOSED);
        assertThat(step.late()).isFalse();
        assertThat(review.warnings()).doesNotContain("consultation-late");
    }

    @Test
    void theConsultationIsLateWhenGoLiveIsCloserThanThreeMonths() {
        CommunicationPlan plan = Communications.plan(Communications.assistantRollOut(GO_LIVE, true, false));

        PlanReview review = review(BELGIAN_60, plan, LocalDate.parse("2027-01-02"));

        assertThat(review.consultation().orElseThrow().late()).isTrue();
        assertThat(review.warnings()).contains("consultation-late");
    }

    @Test
    void onTheDueDayItselfTheConsultationIsNotYetLate() {
        CommunicationPlan plan = Communications.plan(Communications.assistantRollOut(GO_LIVE, true, false));

        assertThat(review(BELGIAN_60, plan, LocalDate.parse("2027-01-01"))
                        .consultation()
                        .orElseThrow()
                        .late())
                .isFalse();
    }

    @Test
    void aDoneConsultationIsDoneAndLateOnlyIfItWasDoneAfterItsDueDate() {
        CommunicationPlan plan = Communications.plan(Communications.assistantRollOut(GO_LIVE, true, false));
        CommunicationAction information = Communications.action(
                plan,
                Communications.message(
                        Target.of(Audience.WORKER_REPRESENTATIVES),
                        ChangeStage.AWARENESS,
                        Set.of(),
                        LegalBasis.BE_CCT_39));

        PlanReview planned = review(BELGIAN_60, plan, LocalDate.parse("2026-12-15"), information);
        PlanReview inTime = review(
                BELGIAN_60,
                plan,
                LocalDate.parse("2027-03-01"),
                information.markDone(LocalDate.parse("2026-12-20"), 5, LocalDate.parse("2026-12-20")));
        PlanReview tooLate = review(
                BELGIAN_60,
                plan,
                LocalDate.parse("2027-03-01"),
                information.markDone(LocalDate.parse("2027-02-01"), 5, LocalDate.parse("2027-02-01")));

        assertThat(planned.consultation().orElseThrow().progress()).isEqualTo(Progress.PLANNED);
        assertThat(planned.consultation().orElseThrow().actionIds()).containsExactly(information.id());
        assertThat(inTime.consultation().orElseThrow().progress()).isEqualTo(Progress.DONE);
        assertThat(inTime.consultation().orElseThrow().late()).isFalse();
        assertThat(tooLate.consultation().orElseThrow().progress()).isEqualTo(Progress.DONE);
        assertThat(tooLate.consultation().orElseThrow().late()).isTrue();
    }

    @Test
    void aFrenchEmployerOf50InformsTheCseOneMonthBeforeGoLive() {
        OrganisationProfile french =
                anOrganisation().in("FR").ofSize(new OrganisationSize(50, 0)).build();
        CommunicationPlan plan = Communications.plan(Communications.assistantRollOut(GO_LIVE, true, false));

        ConsultationStep step = review(french, plan, LocalDate.parse("2027-03-15"))
                .consultation()
                .orElseThrow();

        assertThat(step.duty().basis()).isEqualTo(LegalBasis.FR_CSE);
        assertThat(step.duty().bodies()).containsExactly("CSE");
        assertThat(step.duty().dueOn()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(step.late()).isTrue();
    }

    @Test
    void noConsultationBelowFiftyWorkersNorForAChangeThatDoesNotAlterWorkNorElsewhere() {
        CommunicationPlan changesWork = Communications.plan(Communications.assistantRollOut(GO_LIVE, true, false));
        CommunicationPlan doesNot = Communications.plan(Communications.assistantRollOut(GO_LIVE, false, false));
        LocalDate today = LocalDate.parse("2026-12-15");

        assertThat(review(
                                anOrganisation()
                                        .in("BE")
                                        .ofSize(new OrganisationSize(49, 500))
                                        .build(),
                                changesWork,
                                today)
                        .consultation())
                .isEmpty();
        assertThat(review(BELGIAN_60, doesNot, today).consultation()).isEmpty();
        assertThat(review(
                                anOrganisation()
                                        .in("LU")
                                        .ofSize(new OrganisationSize(60, 0))
                                        .build(),
                                changesWork,
                                today)
                        .consultation())
                .isEmpty();
    }

    @Test
    void anOwedConsultationWithoutGoLiveOrWithoutStaffSizeIsAWarning() {
        CommunicationPlan undated = Communications.plan(Communications.assistantRollOut(null, true, false));
        CommunicationPlan dated = Communications.plan(Communications.assistantRollOut(GO_LIVE, true, false));
        LocalDate today = LocalDate.parse("2026-12-15");

        assertThat(review(BELGIAN_60, undated, today).warnings()).containsExactly("go-live-missing");
        assertThat(review(
                                anOrganisation()
                                        .in("BE")
                                        .ofSize(OrganisationSize.unknown())
                                        .build(),
                                dated,
                                today)
                        .warnings())
                .containsExactly("staff-size-unknown");
    }

    @Test
    void aPlanThatAutomatesTasksMustSpeakAboutJobs() {
        CommunicationPlan plan = Communications.plan(Communications.assistantRollOut(null, false, true));
        CommunicationAction announcement = Communications.action(
                plan, Communications.message(Target.of(Audience.STAFF), ChangeStage.AWARENESS, Set.of(), null));
        CommunicationAction jobs = Communications.action(
                plan,
                Communications.message(Target.of(Audience.STAFF), ChangeStage.DESIRE, Set.of(Concern.JOBS), null));
        LocalDate today = LocalDate.parse("2026-12-15");

        assertThat(review(BELGIAN_60, plan, today, announcement).warnings()).containsExactly("jobs-message-missing");
        assertThat(review(BELGIAN_60, plan, today, announcement, jobs.cancel()).warnings())
                .as("a cancelled message says nothing")
                .containsExactly("jobs-message-missing");
        assertThat(review(BELGIAN_60, plan, today, announcement, jobs).warnings())
                .isEmpty();
    }

    @Test
    void coverageShowsEachAudienceAtEachStage() {
        CommunicationPlan plan = Communications.plan(Communications.assistantRollOut(null, false, false));
        LocalDate day = LocalDate.parse("2027-01-10");
        CommunicationAction staffAware = Communications.action(
                        plan, Communications.message(Target.of(Audience.STAFF), ChangeStage.AWARENESS, Set.of(), null))
                .markDone(day, 30, day);
        CommunicationAction staffTrained = Communications.action(
                plan, Communications.message(Target.of(Audience.STAFF), ChangeStage.ABILITY, Set.of(), null));
        CommunicationAction reception = Communications.action(
                plan, Communications.message(Target.team("Accueil"), ChangeStage.AWARENESS, Set.of(), null));
        CommunicationAction cancelled = Communications.action(
                        plan, Communications.message(Target.of(Audience.DONORS), ChangeStage.AWARENESS, Set.of(), null))
                .cancel();

        Coverage coverage = review(BELGIAN_60, plan, day, staffAware, staffTrained, reception, cancelled)
                .coverage();

        assertThat(coverage.rows()).extracting(row -> row.target().key()).containsExactly("STAFF", "TEAM:Accueil");
        assertThat(coverage.rows().get(0).stages())
                .containsEntry(ChangeStage.AWARENESS, Cell.REACHED)
                .containsEntry(ChangeStage.ABILITY, Cell.PLANNED)
                .containsEntry(ChangeStage.DESIRE, Cell.MISSING);
        assertThat(coverage.rows().get(1).stages()).containsEntry(ChangeStage.AWARENESS, Cell.PLANNED);
        assertThat(coverage.reached()).isEqualTo(1);
        assertThat(coverage.cells()).isEqualTo(10);
        assertThat(coverage.percent()).isEqualTo(10);
    }

    @Test
    void theTimelineOrdersPeriodConsultationGoLiveAndActions() {
        CommunicationPlan plan = Communications.plan(Communications.assistantRollOut(GO_LIVE, true, false));
        CommunicationAction action = Communications.action(
                plan, Communications.message(Target.of(Audience.STAFF), ChangeStage.AWARENESS, Set.of(), null));
        PlanReview review = review(BELGIAN_60, plan, LocalDate.parse("2026-12-15"), action);

        Timeline timeline = Timeline.of(plan, review, List.of(action));

        assertThat(timeline.entries())
                .extracting(Timeline.Entry::kind)
                .containsExactly(
                        Timeline.Kind.PERIOD_START,
                        Timeline.Kind.CONSULTATION_DUE,
                        Timeline.Kind.ACTION,
                        Timeline.Kind.GO_LIVE,
                        Timeline.Kind.PERIOD_END);
    }
}
