package org.gouvernail.app.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.policy.PolicyPublication;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.Changes;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.committee.AgendaItem;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.RequestStatus;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.committee.port.out.ApprovalRequests;
import org.gouvernail.domain.committee.port.out.Committees;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.port.out.UseCases;

/**
 * Use case service: the AI governance committee, one transaction per call. A decision and its
 * effect on the tool, use case, policy version, request or risk are written in the same transaction: if the
 * effect is refused, nothing of the decision remains.
 */
@ApplicationScoped
public class CommitteeGovernanceService implements CommitteeGovernance {

    private static final String COMMITTEE = "COMMITTEE";
    private static final String MEETING = "MEETING";
    private static final String DECISION = "DECISION";
    private static final String REQUEST = "APPROVAL_REQUEST";
    /** How many pending requests the proposed agenda shows. */
    static final int PROPOSED_AGENDA_MAX = 50;

    private final Committees committees;
    private final Meetings meetings;
    private final Decisions decisions;
    private final ApprovalRequests requests;
    private final Tools tools;
    private final UseCases useCases;
    private final Risks risks;
    private final PolicyPublication publication;
    private final Memberships memberships;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public CommitteeGovernanceService(Committees committees, Meetings meetings, Decisions decisions, ApprovalRequests requests, Tools tools,
            UseCases useCases, Risks risks, PolicyPublication publication, Memberships memberships, MemberAccess access, Auditor auditor,
            IdGenerator ids, Clock clock) {
        this.committees = committees;
        this.meetings = meetings;
        this.decisions = decisions;
        this.requests = requests;
        this.tools = tools;
        this.useCases = useCases;
        this.risks = risks;
        this.publication = publication;
        this.memberships = memberships;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CommitteeView committee(Caller caller, OrganisationId organisationId) {
        access.member(caller, organisationId);
        return view(current(organisationId));
    }

    @Override
    @Transactional
    public CommitteeView configure(Caller caller, OrganisationId organisationId, long expectedVersion, Charter charter,
            List<CommitteeMember> members) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "configure-committee");
        Committee before = current(organisationId);
        StaleVersion.check("committee", before.version(), expectedVersion);
        for (CommitteeMember member : members) {
            if (!before.seats(member.memberId())) {
                requireActiveMember(organisationId, member.memberId());
            }
        }
        Committee saved = committees.save(before.withCharterAndMembers(charter, members));
        String summary = Changes.between(before.charter(), saved.charter());
        String seats = "members: " + before.members().size() + " → " + saved.members().size()
                + "; voting: " + saved.votingMembers(today()).size() + "; constituted: " + saved.constituted(today());
        auditor.record(caller, organisationId, "committee.configured", COMMITTEE, organisationId.value(),
                summary.isEmpty() ? seats : summary + "; " + seats);
        return view(saved);
    }

    @Override
    @Transactional
    public MeetingView schedule(Caller caller, OrganisationId organisationId, LocalDate date, List<AgendaItem> agenda, Set<MemberId> attendees,
            String minutes) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "schedule-meeting");
        requirePointers(organisationId, agenda, List.of());
        requireMembers(organisationId, attendees, Set.of());
        Meeting meeting = new Meeting(new MeetingId(ids.next()), organisationId, date, agenda, attendees, minutes, 0, clock.instant());
        meetings.add(meeting);
        auditor.record(caller, organisationId, "meeting.scheduled", MEETING, meeting.id().value(),
                "date: " + date + "; agenda: " + meeting.agenda().size() + "; attendees: " + meeting.attendees().size());
        return view(meeting, current(organisationId));
    }

    @Override
    @Transactional
    public Page<Meeting> meetings(Caller caller, OrganisationId organisationId, PageRequest page) {
        access.member(caller, organisationId);
        return meetings.list(organisationId, page);
    }

    @Override
    @Transactional
    public MeetingView meeting(Caller caller, OrganisationId organisationId, MeetingId meetingId) {
        access.member(caller, organisationId);
        return view(existing(organisationId, meetingId), current(organisationId));
    }

    @Override
    @Transactional
    public MeetingView updateMeeting(Caller caller, OrganisationId organisationId, MeetingId meetingId, long expectedVersion, LocalDate date,
            List<AgendaItem> agenda, Set<MemberId> attendees, String minutes) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "change-meeting");
        Meeting before = existing(organisationId, meetingId);
        StaleVersion.check("meeting", before.version(), expectedVersion);
        requirePointers(organisationId, agenda, before.agenda());
        requireMembers(organisationId, attendees, before.attendees());
        Meeting updated = meetings.update(before.withContent(date, agenda, attendees, minutes));
        auditor.record(caller, organisationId, "meeting.updated", MEETING, meetingId.value(), changes(before, updated));
        return view(updated, current(organisationId));
    }

    @Override
    @Transactional
    public Decision decide(Caller caller, OrganisationId organisationId, MeetingId meetingId, DecisionDraft draft) {
        Membership recorder = access.withRole(caller, organisationId, Role.GOVERNORS, "record-decision");
        Committee committee = current(organisationId);
        Meeting meeting = meetingId == null ? null : existing(organisationId, meetingId);
        if (draft.revises() != null && decisions.find(organisationId, draft.revises()).isEmpty()) {
            throw new NotFound("decision", draft.revises());
        }
        Decision decision = Decision.take(new Decision(new DecisionId(ids.next()), organisationId, meetingId, draft.subject(), draft.subjectId(),
                draft.requestId(), draft.outcome(), draft.toolStatus(), draft.conditions(), draft.rationale(), draft.votes(),
                draft.reviewDate(), draft.revises(), recorder.id(), clock.instant()), committee, meeting, today());
        decisions.add(decision);
        String effect = applyEffect(caller, decision);
        RequestId requestId = decision.subject() == DecisionSubject.APPROVAL_REQUEST ? new RequestId(decision.subjectId()) : decision.requestId();
        if (requestId != null) {
            ApprovalRequest request = requests.find(organisationId, requestId).orElseThrow(() -> new NotFound("approval-request", requestId));
            ApprovalRequest decided = requests.update(request.decide(decision.id(), decision.outcome()));
            auditor.record(caller, organisationId, "approval-request.decided", REQUEST, requestId.value(),
                    "outcome: " + decision.outcome() + "; status: " + request.status() + " → " + decided.status() + "; decision: " + decision.id());
        }
        auditor.record(caller, organisationId, "decision.recorded", DECISION, decision.id().value(),
                "subject: " + decision.subject() + (decision.subjectId() == null ? "" : " " + decision.subjectId())
                        + "; outcome: " + decision.outcome()
                        + "; votes: " + decision.votes().inFavour() + "/" + decision.votes().against() + "/" + decision.votes().abstain()
                        + (decision.writtenProcedure() ? "; written procedure" : "; meeting: " + meetingId)
                        + (decision.revises() == null ? "" : "; revises: " + decision.revises())
                        + (effect.isEmpty() ? "" : "; " + effect));
        return decision;
    }

    @Override
    @Transactional
    public Page<Decision> decisions(Caller caller, OrganisationId organisationId, MeetingId meetingId, PageRequest page) {
        access.member(caller, organisationId);
        if (meetingId != null) {
            existing(organisationId, meetingId);
        }
        return decisions.list(organisationId, meetingId, page);
    }

    @Override
    @Transactional
    public Decision decision(Caller caller, OrganisationId organisationId, DecisionId decisionId) {
        access.member(caller, organisationId);
        return decisions.find(organisationId, decisionId).orElseThrow(() -> new NotFound("decision", decisionId));
    }

    @Override
    @Transactional
    public ApprovalRequest request(Caller caller, OrganisationId organisationId, RequestKind kind, UUID subjectId, String title,
            String description) {
        Membership requester = access.withRole(caller, organisationId, Role.CONTRIBUTORS, "request-approval");
        if (kind == RequestKind.TOOL && subjectId != null) {
            tools.find(organisationId, new ToolId(subjectId)).orElseThrow(() -> new NotFound("tool", subjectId));
        }
        if (kind == RequestKind.USE_CASE && subjectId != null) {
            useCases.find(organisationId, new UseCaseId(subjectId)).orElseThrow(() -> new NotFound("use-case", subjectId));
        }
        ApprovalRequest request = ApprovalRequest.submit(new RequestId(ids.next()), organisationId, kind, subjectId, title, description,
                requester.id(), clock.instant());
        requests.add(request);
        auditor.record(caller, organisationId, "approval-request.submitted", REQUEST, request.id().value(),
                "kind: " + kind + (subjectId == null ? "" : "; subject: " + subjectId) + "; title: " + request.title());
        return request;
    }

    @Override
    @Transactional
    public Page<ApprovalRequest> requests(Caller caller, OrganisationId organisationId, RequestStatus status, PageRequest page) {
        access.member(caller, organisationId);
        return requests.list(organisationId, status, page);
    }

    @Override
    @Transactional
    public ApprovalRequest approvalRequest(Caller caller, OrganisationId organisationId, RequestId requestId) {
        access.member(caller, organisationId);
        return existing(organisationId, requestId);
    }

    @Override
    @Transactional
    public ApprovalRequest withdraw(Caller caller, OrganisationId organisationId, RequestId requestId, long expectedVersion) {
        Membership member = access.member(caller, organisationId);
        ApprovalRequest request = existing(organisationId, requestId);
        if (!request.requestedBy().equals(member.id())) {
            throw new Forbidden("withdraw-request");
        }
        StaleVersion.check("approval request", request.version(), expectedVersion);
        ApprovalRequest withdrawn = requests.update(request.withdraw());
        auditor.record(caller, organisationId, "approval-request.withdrawn", REQUEST, requestId.value(), "status: PENDING → WITHDRAWN");
        return withdrawn;
    }

    /** Applies the decision to its subject; returns the change for the audit trail ("" when nothing changes). */
    private String applyEffect(Caller caller, Decision decision) {
        OrganisationId organisationId = decision.organisationId();
        UUID subjectId = decision.subjectId();
        switch (decision.subject()) {
            case TOOL -> {
                AiTool tool = tools.find(organisationId, new ToolId(subjectId)).orElseThrow(() -> new NotFound("tool", subjectId));
                if (decision.toolStatus() == null) {
                    return "";
                }
                AiTool decided = tools.update(tool.applyDecision(decision.toolStatus()));
                String change = "status: " + tool.status() + " → " + decided.status();
                auditor.record(caller, organisationId, "tool.decided", "TOOL", subjectId, change + "; decision: " + decision.id());
                return "tool " + change;
            }
            case USE_CASE -> {
                UseCase useCase = useCases.find(organisationId, new UseCaseId(subjectId)).orElseThrow(() -> new NotFound("use-case", subjectId));
                if (decision.outcome() == DecisionOutcome.DEFERRED) {
                    return "";
                }
                UseCase decided = useCases.update(useCase.applyDecision(UseCaseStatus.valueOf(decision.outcome().name())));
                String change = "status: " + useCase.status() + " → " + decided.status();
                auditor.record(caller, organisationId, "use-case.decided", "USE_CASE", subjectId, change + "; decision: " + decision.id());
                return "use case " + change;
            }
            case RISK_ACCEPTANCE -> {
                Risk risk = risks.find(organisationId, new RiskId(subjectId)).orElseThrow(() -> new NotFound("risk", subjectId));
                if (!decision.approves()) {
                    return "";
                }
                String rationale = decision.rationale() != null ? decision.rationale() : "committee decision " + decision.id();
                Risk accepted = risks.update(risk.acceptByDecision(decision.id().value(), rationale, decision.recordedBy(), decision.recordedAt()));
                String change = "treatment: " + risk.details().treatment() + " → " + accepted.details().treatment()
                        + "; status: " + risk.status() + " → " + accepted.status();
                auditor.record(caller, organisationId, "risk.accepted-by-decision", "RISK", subjectId, change + "; decision: " + decision.id());
                return "risk " + change;
            }
            case POLICY_VERSION -> {
                return publication.apply(caller, decision);
            }
            case APPROVAL_REQUEST -> {
                existing(organisationId, new RequestId(subjectId));
                return "";
            }
            default -> {
                return "";
            }
        }
    }

    private CommitteeView view(Committee committee) {
        LocalDate today = today();
        return new CommitteeView(committee, committee.constituted(today), committee.votingMembers(today).size(),
                committee.quorumRequired(today), proposedAgenda(committee.organisationId()), publication.awaitingDecision(committee.organisationId()));
    }

    private MeetingView view(Meeting meeting, Committee committee) {
        return new MeetingView(meeting, committee.votingPresent(meeting.attendees(), meeting.date()), committee.quorumRequired(meeting.date()),
                meeting.quorate(committee), proposedAgenda(meeting.organisationId()));
    }

    private List<ApprovalRequest> proposedAgenda(OrganisationId organisationId) {
        return requests.list(organisationId, RequestStatus.PENDING, PageRequest.first(PROPOSED_AGENDA_MAX)).items();
    }

    private Committee current(OrganisationId organisationId) {
        return committees.find(organisationId).orElseGet(() -> Committee.empty(organisationId));
    }

    private Meeting existing(OrganisationId organisationId, MeetingId meetingId) {
        return meetings.find(organisationId, meetingId).orElseThrow(() -> new NotFound("meeting", meetingId));
    }

    private ApprovalRequest existing(OrganisationId organisationId, RequestId requestId) {
        return requests.find(organisationId, requestId).orElseThrow(() -> new NotFound("approval-request", requestId));
    }

    private void requireActiveMember(OrganisationId organisationId, MemberId memberId) {
        Membership member = memberships.find(organisationId, memberId).orElseThrow(() -> new NotFound("member", memberId));
        if (member.status() == MembershipStatus.REVOKED) {
            throw new RuleViolation("member-revoked", "member " + memberId + " was removed from the organisation");
        }
    }

    private void requireMembers(OrganisationId organisationId, Collection<MemberId> wanted, Collection<MemberId> already) {
        for (MemberId member : wanted) {
            if (!already.contains(member)) {
                requireActiveMember(organisationId, member);
            }
        }
    }

    /** Every pointer of an agenda item names something of this organisation. */
    private void requirePointers(OrganisationId organisationId, List<AgendaItem> agenda, List<AgendaItem> already) {
        for (AgendaItem item : agenda) {
            if (already.contains(item)) {
                continue;
            }
            if (item.requestId() != null) {
                existing(organisationId, new RequestId(item.requestId()));
            }
            if (item.useCaseId() != null && useCases.find(organisationId, new UseCaseId(item.useCaseId())).isEmpty()) {
                throw new NotFound("use-case", item.useCaseId());
            }
            if (item.toolId() != null && tools.find(organisationId, new ToolId(item.toolId())).isEmpty()) {
                throw new NotFound("tool", item.toolId());
            }
            if (item.riskId() != null && risks.find(organisationId, new RiskId(item.riskId())).isEmpty()) {
                throw new NotFound("risk", item.riskId());
            }
            if (item.policyVersionId() != null && !publication.exists(organisationId, new VersionId(item.policyVersionId()))) {
                throw new NotFound("policy-version", item.policyVersionId());
            }
        }
    }

    private static String changes(Meeting before, Meeting after) {
        StringBuilder summary = new StringBuilder();
        if (!before.date().equals(after.date())) {
            summary.append("date: ").append(before.date()).append(" → ").append(after.date()).append("; ");
        }
        if (!before.agenda().equals(after.agenda())) {
            summary.append("agenda: ").append(before.agenda().size()).append(" → ").append(after.agenda().size()).append(" items; ");
        }
        if (!before.attendees().equals(after.attendees())) {
            summary.append("attendees: ").append(before.attendees().size()).append(" → ").append(after.attendees().size()).append("; ");
        }
        if (!java.util.Objects.equals(before.minutes(), after.minutes())) {
            summary.append("minutes changed; ");
        }
        return summary.isEmpty() ? "no change" : summary.substring(0, summary.length() - 2);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
