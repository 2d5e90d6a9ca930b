package org.gouvernail.app.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gouvernail.app.inventory.ToolDecisionEffect;
import org.gouvernail.app.policy.InMemoryPolicies;
import org.gouvernail.app.policy.InMemoryPolicyVersions;
import org.gouvernail.app.policy.PolicyPublication;
import org.gouvernail.app.risk.InMemoryRisks;
import org.gouvernail.app.risk.RiskAcceptanceEffect;
import org.gouvernail.app.support.InMemory;
import org.gouvernail.app.usecase.InMemoryUseCases;
import org.gouvernail.app.usecase.UseCaseDecisionEffect;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.RequestStatus;
import org.gouvernail.domain.committee.Votes;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.DecisionDraft;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The committee service on in-memory ports: who may do what, members of the organisation only, effects and audit. */
class CommitteeGovernanceServiceTest {

    private final InMemory.Platform platform = new InMemory.Platform();
    private final InMemoryCommittees committees = new InMemoryCommittees();
    private final InMemoryMeetings meetings = new InMemoryMeetings();
    private final InMemoryDecisions decisions = new InMemoryDecisions();
    private final InMemoryApprovalRequests requests = new InMemoryApprovalRequests();
    private final CommitteeGovernanceService service = new CommitteeGovernanceService(
            committees,
            meetings,
            decisions,
            requests,
            List.of(
                    new ToolDecisionEffect(
                            platform.tools,
                            platform.auditor,
                            new org.gouvernail.app.catalogue.InMemoryCatalogueAdoptions(),
                            new org.gouvernail.app.inventory.assessment.InMemoryAssessments()),
                    new UseCaseDecisionEffect(new InMemoryUseCases(), platform.auditor),
                    new RiskAcceptanceEffect(new InMemoryRisks(), platform.auditor),
                    new PolicyPublication(new InMemoryPolicyVersions(), new InMemoryPolicies(), platform.auditor)),
            platform.memberships,
            platform.access,
            platform.auditor,
            platform.ids,
            platform.clock);
    private OrganisationId organisation;
    private Caller chloe;
    private Caller bob;
    private MemberId[] seats;

    @BeforeEach
    void anAssociationWithThreeCommitteeMembersAndAContributor() {
        organisation = platform.registered("entraide").id();
        chloe = platform.signedIn(organisation, "chloe", Role.COMMITTEE);
        Caller dan = platform.signedIn(organisation, "dan", Role.COMMITTEE);
        bob = platform.signedIn(organisation, "bob", Role.CONTRIBUTOR);
        seats = new MemberId[] {
            platform.membership(organisation, InMemory.FOUNDER).id(),
            platform.membership(organisation, chloe).id(),
            platform.membership(organisation, dan).id()
        };
    }

    private void constitute() {
        service.configure(
                InMemory.FOUNDER,
                organisation,
                0,
                Charter.standard(),
                List.of(
                        new CommitteeMember(seats[0], CommitteeRole.CHAIR, true, null, null),
                        new CommitteeMember(seats[1], CommitteeRole.SECRETARY, true, null, null),
                        new CommitteeMember(seats[2], CommitteeRole.MEMBER, true, null, null)));
    }

    @Test
    void aQuorateMeetingForbidsAToolAndSettlesTheRequestWithAudit() {
        constitute();
        AiTool tool = platform.toolService.declare(bob, organisation, InMemory.tool("Otter"));
        ApprovalRequest request = service.request(
                bob, organisation, RequestKind.TOOL, tool.id().value(), "Transcrire nos réunions", null);
        assertThat(service.committee(bob, organisation).proposedAgenda())
                .extracting(ApprovalRequest::id)
                .containsExactly(request.id());
        Meeting meeting = service.schedule(
                        chloe, organisation, LocalDate.parse("2025-03-10"), List.of(), Set.of(seats[0], seats[1]), null)
                .meeting();
        int before = platform.audit.size();

        service.decide(
                chloe,
                organisation,
                meeting.id(),
                new DecisionDraft(
                        DecisionSubject.TOOL,
                        tool.id().value(),
                        request.id(),
                        DecisionOutcome.REJECTED,
                        ToolStatus.FORBIDDEN,
                        null,
                        "Enregistre des bénéficiaires",
                        new Votes(0, 2, 0),
                        null,
                        null));

        assertThat(platform.tools.find(organisation, tool.id()).orElseThrow().status())
                .isEqualTo(ToolStatus.FORBIDDEN);
        assertThat(service.approvalRequest(bob, organisation, request.id()).status())
                .isEqualTo(RequestStatus.DECIDED);
        assertThat(platform.audit.since(before))
                .extracting(AuditEvent::action)
                .containsExactly("tool.decided", "approval-request.decided", "decision.recorded");
    }

    @Test
    void onlyTheCommitteeOrAnAdminRecordsADecision() {
        constitute();
        Meeting meeting = service.schedule(
                        chloe, organisation, LocalDate.parse("2025-03-10"), List.of(), Set.of(seats[0], seats[1]), null)
                .meeting();
        DecisionDraft other = new DecisionDraft(
                DecisionSubject.OTHER,
                null,
                null,
                DecisionOutcome.APPROVED,
                null,
                null,
                null,
                new Votes(2, 0, 0),
                null,
                null);

        assertThatThrownBy(() -> service.decide(bob, organisation, meeting.id(), other))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> service.decide(InMemory.STRANGER, organisation, meeting.id(), other))
                .isInstanceOf(NotFound.class);
        assertThat(service.decide(InMemory.FOUNDER, organisation, meeting.id(), other)
                        .writtenProcedure())
                .isFalse();
    }

    @Test
    void onlyMembersOfTheOrganisationAreSeatedOrAttend() {
        OrganisationId other =
                platform.registeredBy(InMemory.OTHER_FOUNDER, "federation").id();
        MemberId outsider = platform.membership(other, InMemory.OTHER_FOUNDER).id();

        assertThatThrownBy(() -> service.configure(
                        InMemory.FOUNDER,
                        organisation,
                        0,
                        Charter.standard(),
                        List.of(new CommitteeMember(outsider, CommitteeRole.CHAIR, true, null, null))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.schedule(
                        chloe, organisation, LocalDate.parse("2025-03-10"), List.of(), Set.of(outsider), null))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aCommitteeBelowItsMinimumCannotDecide() {
        service.configure(
                InMemory.FOUNDER,
                organisation,
                0,
                Charter.standard(),
                List.of(new CommitteeMember(seats[0], CommitteeRole.CHAIR, true, null, null)));
        Meeting meeting = service.schedule(
                        chloe, organisation, LocalDate.parse("2025-03-10"), List.of(), Set.of(seats[0]), null)
                .meeting();

        assertThatThrownBy(() -> service.decide(
                        chloe,
                        organisation,
                        meeting.id(),
                        new DecisionDraft(
                                DecisionSubject.OTHER,
                                null,
                                null,
                                DecisionOutcome.APPROVED,
                                null,
                                null,
                                null,
                                new Votes(1, 0, 0),
                                null,
                                null)))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("committee-not-constituted");
        assertThat(decisions.count()).isZero();
    }

    @Test
    void onlyTheRequesterWithdrawsTheirRequest() {
        ApprovalRequest request =
                service.request(bob, organisation, RequestKind.NEW_USE, null, "Résumer nos réunions", null);

        assertThatThrownBy(() -> service.withdraw(chloe, organisation, request.id(), 0))
                .isInstanceOf(Forbidden.class);
        assertThat(service.withdraw(bob, organisation, request.id(), 0).status())
                .isEqualTo(RequestStatus.WITHDRAWN);
    }
}
