package org.gouvernail.app.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.app.committee.CommitteeGovernanceService;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.app.inventory.ToolDecisionEffect;
import org.gouvernail.app.policy.PolicyPublication;
import org.gouvernail.app.risk.RiskAcceptanceEffect;
import org.gouvernail.app.usecase.UseCaseDecisionEffect;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.RequestStatus;
import org.gouvernail.domain.committee.Votes;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.DecisionDraft;
import org.gouvernail.domain.committee.port.out.ApprovalRequests;
import org.gouvernail.domain.committee.port.out.Committees;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The committee service on in-memory ports: who may do what, members of the organisation only, effects and audit. */
class CommitteeGovernanceServiceTest {

    private final InMemory.Platform platform = new InMemory.Platform();
    private final CommitteeStore committees = new CommitteeStore();
    private final MeetingStore meetings = new MeetingStore();
    private final DecisionStore decisions = new DecisionStore();
    private final RequestStore requests = new RequestStore();
    private final CommitteeGovernanceService service = new CommitteeGovernanceService(committees, meetings, decisions, requests,
            List.of(new ToolDecisionEffect(platform.tools, platform.auditor),
                    new UseCaseDecisionEffect(new UseCasePortfolioServiceTest.UseCaseStore(), platform.auditor),
                    new RiskAcceptanceEffect(new RiskRegisterServiceTest.RiskStore(), platform.auditor),
                    new PolicyPublication(new PolicyServiceTest.VersionStore(), new PolicyServiceTest.PolicyStore(), platform.auditor)),
            platform.memberships, platform.access, platform.auditor, platform.ids, platform.clock);
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
        seats = new MemberId[] {platform.membership(organisation, InMemory.FOUNDER).id(), platform.membership(organisation, chloe).id(),
            platform.membership(organisation, dan).id()};
    }

    private void constitute() {
        service.configure(InMemory.FOUNDER, organisation, 0, Charter.standard(), List.of(
                new CommitteeMember(seats[0], CommitteeRole.CHAIR, true, null, null),
                new CommitteeMember(seats[1], CommitteeRole.SECRETARY, true, null, null),
                new CommitteeMember(seats[2], CommitteeRole.MEMBER, true, null, null)));
    }

    @Test
    void aQuorateMeetingForbidsAToolAndSettlesTheRequestWithAudit() {
        constitute();
        AiTool tool = platform.toolService.declare(bob, organisation, InMemory.tool("Otter"));
        ApprovalRequest request = service.request(bob, organisation, RequestKind.TOOL, tool.id().value(), "Transcrire nos réunions", null);
        assertThat(service.committee(bob, organisation).proposedAgenda()).extracting(ApprovalRequest::id).containsExactly(request.id());
        Meeting meeting = service.schedule(chloe, organisation, LocalDate.parse("2025-03-10"), List.of(), Set.of(seats[0], seats[1]), null)
                .meeting();
        int before = platform.audit.size();

        service.decide(chloe, organisation, meeting.id(), new DecisionDraft(DecisionSubject.TOOL, tool.id().value(), request.id(),
                DecisionOutcome.REJECTED, ToolStatus.FORBIDDEN, null, "Enregistre des bénéficiaires", new Votes(0, 2, 0), null, null));

        assertThat(platform.tools.find(organisation, tool.id()).orElseThrow().status()).isEqualTo(ToolStatus.FORBIDDEN);
        assertThat(service.approvalRequest(bob, organisation, request.id()).status()).isEqualTo(RequestStatus.DECIDED);
        assertThat(platform.audit.since(before)).extracting(AuditEvent::action)
                .containsExactly("tool.decided", "approval-request.decided", "decision.recorded");
    }

    @Test
    void onlyTheCommitteeOrAnAdminRecordsADecision() {
        constitute();
        Meeting meeting = service.schedule(chloe, organisation, LocalDate.parse("2025-03-10"), List.of(), Set.of(seats[0], seats[1]), null)
                .meeting();
        DecisionDraft other = new DecisionDraft(DecisionSubject.OTHER, null, null, DecisionOutcome.APPROVED, null, null, null,
                new Votes(2, 0, 0), null, null);

        assertThatThrownBy(() -> service.decide(bob, organisation, meeting.id(), other)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> service.decide(InMemory.STRANGER, organisation, meeting.id(), other)).isInstanceOf(NotFound.class);
        assertThat(service.decide(InMemory.FOUNDER, organisation, meeting.id(), other).writtenProcedure()).isFalse();
    }

    @Test
    void onlyMembersOfTheOrganisationAreSeatedOrAttend() {
        OrganisationId other = platform.registeredBy(InMemory.OTHER_FOUNDER, "federation").id();
        MemberId outsider = platform.membership(other, InMemory.OTHER_FOUNDER).id();

        assertThatThrownBy(() -> service.configure(InMemory.FOUNDER, organisation, 0, Charter.standard(),
                List.of(new CommitteeMember(outsider, CommitteeRole.CHAIR, true, null, null)))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.schedule(chloe, organisation, LocalDate.parse("2025-03-10"), List.of(), Set.of(outsider), null))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aCommitteeBelowItsMinimumCannotDecide() {
        service.configure(InMemory.FOUNDER, organisation, 0, Charter.standard(),
                List.of(new CommitteeMember(seats[0], CommitteeRole.CHAIR, true, null, null)));
        Meeting meeting = service.schedule(chloe, organisation, LocalDate.parse("2025-03-10"), List.of(), Set.of(seats[0]), null).meeting();

        assertThatThrownBy(() -> service.decide(chloe, organisation, meeting.id(), new DecisionDraft(DecisionSubject.OTHER, null, null,
                DecisionOutcome.APPROVED, null, null, null, new Votes(1, 0, 0), null, null)))
                .isInstanceOf(RuleViolation.class).extracting("code").isEqualTo("committee-not-constituted");
        assertThat(decisions.rows).isEmpty();
    }

    @Test
    void onlyTheRequesterWithdrawsTheirRequest() {
        ApprovalRequest request = service.request(bob, organisation, RequestKind.NEW_USE, null, "Résumer nos réunions", null);

        assertThatThrownBy(() -> service.withdraw(chloe, organisation, request.id(), 0)).isInstanceOf(Forbidden.class);
        assertThat(service.withdraw(bob, organisation, request.id(), 0).status()).isEqualTo(RequestStatus.WITHDRAWN);
    }

    static final class CommitteeStore implements Committees {
        final Map<OrganisationId, Committee> rows = new HashMap<>();

        @Override
        public Optional<Committee> find(OrganisationId organisationId) {
            return Optional.ofNullable(rows.get(organisationId));
        }

        @Override
        public Committee save(Committee committee) {
            Committee saved = new Committee(committee.organisationId(), committee.charter(), committee.members(), committee.version() + 1);
            rows.put(committee.organisationId(), saved);
            return saved;
        }
    }

    static final class MeetingStore implements Meetings {
        final Map<MeetingId, Meeting> rows = new LinkedHashMap<>();

        @Override
        public void add(Meeting meeting) {
            rows.put(meeting.id(), meeting);
        }

        @Override
        public Optional<Meeting> find(OrganisationId organisationId, MeetingId id) {
            return Optional.ofNullable(rows.get(id)).filter(m -> m.organisationId().equals(organisationId));
        }

        @Override
        public Meeting update(Meeting m) {
            Meeting saved = new Meeting(m.id(), m.organisationId(), m.date(), m.agenda(), m.attendees(), m.minutes(), m.version() + 1,
                    m.createdAt());
            rows.put(m.id(), saved);
            return saved;
        }

        @Override
        public Page<Meeting> list(OrganisationId organisationId, PageRequest page) {
            return Page.fromSlice(rows.values().stream().filter(m -> m.organisationId().equals(organisationId)).toList(), page,
                    m -> m.id().value());
        }
    }

    static final class DecisionStore implements Decisions {
        final Map<DecisionId, Decision> rows = new LinkedHashMap<>();

        @Override
        public void add(Decision decision) {
            rows.put(decision.id(), decision);
        }

        @Override
        public Optional<Decision> find(OrganisationId organisationId, DecisionId id) {
            return Optional.ofNullable(rows.get(id)).filter(d -> d.organisationId().equals(organisationId));
        }

        @Override
        public Page<Decision> list(OrganisationId organisationId, MeetingId meetingId, PageRequest page) {
            return Page.fromSlice(rows.values().stream().filter(d -> d.organisationId().equals(organisationId))
                    .filter(d -> meetingId == null || meetingId.equals(d.meetingId())).toList(), page, d -> d.id().value());
        }
    }

    static final class RequestStore implements ApprovalRequests {
        final Map<RequestId, ApprovalRequest> rows = new LinkedHashMap<>();

        @Override
        public void add(ApprovalRequest request) {
            rows.put(request.id(), request);
        }

        @Override
        public Optional<ApprovalRequest> find(OrganisationId organisationId, RequestId id) {
            return Optional.ofNullable(rows.get(id)).filter(r -> r.organisationId().equals(organisationId));
        }

        @Override
        public ApprovalRequest update(ApprovalRequest r) {
            ApprovalRequest saved = new ApprovalRequest(r.id(), r.organisationId(), r.kind(), r.subjectId(), r.title(), r.description(),
                    r.status(), r.decisionId(), r.outcome(), r.requestedBy(), r.version() + 1, r.createdAt());
            rows.put(r.id(), saved);
            return saved;
        }

        @Override
        public Page<ApprovalRequest> list(OrganisationId organisationId, RequestStatus status, PageRequest page) {
            return Page.fromSlice(rows.values().stream().filter(r -> r.organisationId().equals(organisationId))
                    .filter(r -> status == null || r.status() == status).limit(page.limit() + 1L).toList(), page, r -> r.id().value());
        }
    }
}
