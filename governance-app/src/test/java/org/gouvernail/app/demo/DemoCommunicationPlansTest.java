package org.gouvernail.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.ConsultationStep;
import org.gouvernail.domain.communication.LegalBasis;
import org.gouvernail.domain.communication.PlanReview;
import org.gouvernail.domain.communication.port.in.CommunicationPlanning;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** The demo data of ./run.sh: a 60-worker association whose plans show the consultation step, on time and LATE. */
@QuarkusTest
class DemoCommunicationPlansTest {

    private static final Caller ALICE = new Caller("alice", "alice@demo.gouvernail.org", true, "Alice Dubois", false);

    @Inject
    DemoData demo;

    @Inject
    OrganisationManagement organisations;

    @Inject
    CommunicationPlanning planning;

    @Test
    void theSixtyWorkerAssociationShowsItsConsultationThreeMonthsBeforeGoLiveAndLateWhenTooClose() {
        demo.seed();
        OrganisationId solidarite = organisations.me(ALICE).stream()
                .filter(mine -> mine.organisation().profile().slug().equals("solidarite-emploi"))
                .findFirst()
                .orElseThrow()
                .organisation()
                .id();
        List<CommunicationPlan> plans =
                planning.plans(ALICE, solidarite, PageRequest.first(10)).items();
        assertThat(plans).hasSize(2);

        PlanReview assistant =
                planning.review(ALICE, solidarite, plans.get(0).id()).review();
        PlanReview transcription =
                planning.review(ALICE, solidarite, plans.get(1).id()).review();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ConsultationStep onTime = assistant.consultation().orElseThrow();
        assertThat(onTime.duty().basis()).isEqualTo(LegalBasis.BE_CCT_39);
        assertThat(onTime.duty().dueOn()).isEqualTo(today.plusMonths(4).minusMonths(3));
        assertThat(onTime.progress()).isEqualTo(ConsultationStep.Progress.PLANNED);
        assertThat(onTime.late()).isFalse();
        assertThat(assistant.coverage().reached()).isEqualTo(1);
        ConsultationStep late = transcription.consultation().orElseThrow();
        assertThat(late.late()).isTrue();
        assertThat(transcription.warnings()).contains("consultation-late");
    }
}
