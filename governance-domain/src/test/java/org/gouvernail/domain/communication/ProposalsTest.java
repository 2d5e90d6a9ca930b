package org.gouvernail.domain.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.communication.Proposals.ApprovedTool;
import org.gouvernail.domain.communication.Proposals.PolicyInForce;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.shared.Language;
import org.junit.jupiter.api.Test;

class ProposalsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-15");
    private static final OrganisationProfile BELGIAN_60 =
            anOrganisation().in("BE").ofSize(new OrganisationSize(60, 0)).build();
    private static final PolicyInForce CHARTER =
            new PolicyInForce(UUID.randomUUID(), "Charte IA", "On n'entre pas de données de bénéficiaires.");
    private static final ApprovedTool ASSISTANT = new ApprovedTool(UUID.randomUUID(), "Mistral", List.of("Accueil"));

    private static List<Proposal> proposals(CommunicationPlan plan, CommunicationAction... actions) {
        PlanReview review = PlanReview.of(BELGIAN_60, plan, List.of(actions), TODAY);
        return Proposals.of(review, List.of(actions), List.of(CHARTER), List.of(ASSISTANT), Language.FR, TODAY);
    }

    @Test
    void aPlanProposesTheConsultationTheJobsMessageAndTheAnnouncementsOfThePolicyAndTheTool() {
        CommunicationPlan plan =
                Communications.plan(Communications.assistantRollOut(LocalDate.parse("2027-02-01"), true, true));

        List<Proposal> proposals = proposals(plan);

        assertThat(proposals)
                .extracting(Proposal::kind)
                .containsExactly("CONSULTATION", "JOBS_MESSAGE", "POLICY_ANNOUNCEMENT", "TOOL_ANNOUNCEMENT");
        Proposal consultation = proposals.get(0);
        assertThat(consultation.legalBasis()).isEqualTo(LegalBasis.BE_CCT_39);
        assertThat(consultation.dueOn()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(consultation.late())
                .as("go-live is closer than three months")
                .isTrue();
        assertThat(consultation.keyMessage()).contains("CCT n° 39").contains("trois mois");
        Proposal policy = proposals.get(2);
        assertThat(policy.targets())
                .extracting(Target::audience)
                .containsExactly(Audience.STAFF, Audience.VOLUNTEERS, Audience.BOARD);
        assertThat(policy.keyMessage()).contains("« Charte IA »");
        assertThat(policy.easyToRead()).isEqualTo(CHARTER.summary());
        assertThat(proposals.get(3).targets()).containsExactly(Target.team("Accueil"));
        assertThat(proposals.get(3).keyMessage()).contains("Mistral");
    }

    @Test
    void whatThePlanAlreadyHoldsIsNoLongerProposed() {
        CommunicationPlan plan =
                Communications.plan(Communications.assistantRollOut(LocalDate.parse("2027-06-01"), true, true));
        CommunicationDetails consultation = Communications.message(
                Target.of(Audience.WORKER_REPRESENTATIVES),
                ChangeStage.AWARENESS,
                Set.of(Concern.JOBS),
                LegalBasis.BE_CCT_39);
        CommunicationDetails announcement = new CommunicationDetails(
                Target.team("Accueil"),
                ChangeStage.AWARENESS,
                Set.of(),
                "Mistral est approuvé",
                null,
                CommunicationChannel.MEETING,
                Communications.OWNER,
                TODAY,
                null,
                List.of(
                        new LinkedSubject(LinkedSubjectKind.TOOL, ASSISTANT.toolId()),
                        new LinkedSubject(LinkedSubjectKind.POLICY_VERSION, CHARTER.versionId())));

        List<Proposal> proposals =
                proposals(plan, Communications.action(plan, consultation), Communications.action(plan, announcement));

        assertThat(proposals).isEmpty();
    }

    @Test
    void everyTemplateHasItsTextsInFrenchAndEnglish() {
        assertThat(MessageTemplates.ALL).hasSize(11).allSatisfy(template -> {
            assertThat(template.message().written(Language.FR)).isPresent();
            assertThat(template.message().written(Language.EN)).isPresent();
            assertThat(template.easyToRead().written(Language.EN)).isPresent();
            assertThat(template.title().written(Language.EN)).isPresent();
        });
    }
}
