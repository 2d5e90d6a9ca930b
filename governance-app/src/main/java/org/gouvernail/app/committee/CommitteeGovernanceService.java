package org.gouvernail.app.committee;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.committee.AgendaItem;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.AwaitingDecision;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.CommitteeEvent.CommitteeConfigured;
import org.gouvernail.domain.committee.CommitteeEvent.DecisionRecorded;
import org.gouvernail.domain.committee.CommitteeEvent.MeetingScheduled;
import org.gouvernail.domain.committee.CommitteeEvent.MeetingUpdated;
import org.gouvernail.domain.committee.CommitteeEvent.RequestDecided;
import org.gouvernail.domain.committee.CommitteeEvent.RequestSubmitted;
import org.gouvernail.domain.committee.CommitteeEvent.RequestWithdrawn;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.RequestStatus;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.committee.port.out.ApprovalRequests;
import org.gouvernail.domain.committee.port.out.Committees;
import org.gouvernail.domain.committee.port.out.DecisionEffect;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Use case service: the AI governance committee, one transaction per call. It keeps the charter,
 * meetings, quorum, approval requests and decisions; what a decision does to its subject belongs to
 * the subject's area, through the {@link DecisionEffect} registered for the subject's code, so an
 * area becomes decidable without this class changing. A decision and its effect are written in the
 * same transaction: if the effect is refused, nothing of the decision remains.
 */
@ApplicationScoped
public class CommitteeGovernanceService implements CommitteeGovernance {

    /** How many pending requests the proposed agenda shows. */
    static final int PROPOSED_AGENDA_MAX = 50;

    private final Committees committees;
    private final Meetings meetings;
    private final Decisions decisions;
    private final ApprovalRequests requests;
    /** By subject code: the areas' effects and the committee's own, on approval requests. */
    private final Map<DecisionSubject, DecisionEffect> effects;

    private final Memberships memberships;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public CommitteeGovernanceService(
            Committees committees,
            Meetings meetings,
            Decisions decisions,
            ApprovalRequests requests,
            @All List<DecisionEffect> effects,
            Memberships memberships,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.committees = committees;
        this.meetings = meetings;
        this.decisions = decisions;
        this.requests = requests;
        this.effects = byCode(Stream.concat(Stream.of(new RequestSettlement()), effects.stream())
                .toList());
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
    public CommitteeView configure(
            Caller caller,
            OrganisationId organisationId,
            long expectedVersion,
            Charter charter,
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
        auditor.record(
                caller,
                new CommitteeConfigured(
                        organisationId,
                        before.charter(),
                        saved.charter(),
                        before.members().size(),
                        saved.members().size(),
                        saved.votingMembers(today()).size(),
                        saved.constituted(today())));
        return view(saved);
    }

    @Override
    @Transactional
    public MeetingView schedule(
            Caller caller,
            OrganisationId organisationId,
            LocalDate date,
            List<AgendaItem> agenda,
            Set<MemberId> attendees,
            String minutes) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "schedule-meeting");
        requirePointers(organisationId, agenda, List.of());
        requireMembers(organisationId, attendees, Set.of());
        Meeting meeting = new Meeting(
                new MeetingId(ids.next()), organisationId, date, agenda, attendees, minutes, 0, clock.instant());
        meetings.add(meeting);
        auditor.record(caller, new MeetingScheduled(meeting));
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
    public MeetingView updateMeeting(
            Caller caller,
            OrganisationId organisationId,
            MeetingId meetingId,
            long expectedVersion,
            LocalDate date,
            List<AgendaItem> agenda,
            Set<MemberId> attendees,
            String minutes) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "change-meeting");
        Meeting before = existing(organisationId, meetingId);
        StaleVersion.check("meeting", before.version(), expectedVersion);
        requirePointers(organisationId, agenda, before.agenda());
        requireMembers(organisationId, attendees, before.attendees());
        Meeting updated = meetings.update(before.withContent(date, agenda, attendees, minutes));
        auditor.record(caller, new MeetingUpdated(before, updated));
        return view(updated, current(organisationId));
    }

    @Override
    @Transactional
    public Decision decide(Caller caller, OrganisationId organisationId, MeetingId meetingId, DecisionDraft draft) {
        // Before the rights, as a bad enum value was refused before the subject was a code.
        DecisionEffect effect = effectOf(draft.subject());
        Membership recorder = access.withRole(caller, organisationId, Role.GOVERNORS, "record-decision");
        Committee committee = current(organisationId);
        Meeting meeting = meetingId == null ? null : existing(organisationId, meetingId);
        if (draft.revises() != null
                && decisions.find(organisationId, draft.revises()).isEmpty()) {
            throw new NotFound("decision", draft.revises());
        }
        if (draft.requestId() != null) {
            // checked before the decision is written: else the database refuses the reference and the caller reads a
            // race
            existing(organisationId, draft.requestId());
        }
        Decision decision = Decision.take(
                new Decision(
                        new DecisionId(ids.next()),
                        organisationId,
                        meetingId,
                        draft.subject(),
                        draft.subjectId(),
                        draft.requestId(),
                        draft.outcome(),
                        draft.toolStatus(),
                        draft.conditions(),
                        draft.rationale(),
                        draft.votes(),
                        draft.reviewDate(),
                        draft.revises(),
                        recorder.id(),
                        clock.instant(),
                        draft.acknowledgesValuesCheck()),
                committee,
                meeting,
                today());
        decisions.add(decision);
        String change = effect == null ? "" : effect.apply(caller, decision);
        if (decision.requestId() != null && !decision.subject().equals(DecisionSubject.APPROVAL_REQUEST)) {
            settle(caller, decision, decision.requestId());
        }
        auditor.record(caller, new DecisionRecorded(decision, change));
        return decision;
    }

    @Override
    @Transactional
    public Page<Decision> decisions(
            Caller caller, OrganisationId organisationId, MeetingId meetingId, PageRequest page) {
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
    public ApprovalRequest request(
            Caller caller,
            OrganisationId organisationId,
            RequestKind kind,
            UUID subjectId,
            String title,
            String description) {
        Membership requester = access.withRole(caller, organisationId, Role.CONTRIBUTORS, "request-approval");
        if (kind != null && kind.subject() != null && subjectId != null) {
            requireExists(organisationId, kind.subject(), subjectId);
        }
        ApprovalRequest request = ApprovalRequest.submit(
                new RequestId(ids.next()),
                organisationId,
                kind,
                subjectId,
                title,
                description,
                requester.id(),
                clock.instant());
        requests.add(request);
        auditor.record(caller, new RequestSubmitted(request));
        return request;
    }

    @Override
    @Transactional
    public Page<ApprovalRequest> requests(
            Caller caller, OrganisationId organisationId, RequestStatus status, PageRequest page) {
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
    public ApprovalRequest withdraw(
            Caller caller, OrganisationId organisationId, RequestId requestId, long expectedVersion) {
        Membership member = access.member(caller, organisationId);
        ApprovalRequest request = existing(organisationId, requestId);
        if (!request.requestedBy().equals(member.id())) {
            throw new Forbidden("withdraw-request");
        }
        StaleVersion.check("approval request", request.version(), expectedVersion);
        ApprovalRequest withdrawn = requests.update(request.withdraw());
        auditor.record(caller, new RequestWithdrawn(request, withdrawn));
        return withdrawn;
    }

    /**
     * The effect of a decision on this subject code; null for OTHER, which has none. An unknown code
     * is refused as an unknown enum value would be, listing the codes that can be decided.
     */
    private DecisionEffect effectOf(DecisionSubject subject) {
        if (subject == null || subject.equals(DecisionSubject.OTHER)) {
            return null;
        }
        DecisionEffect effect = effects.get(subject);
        if (effect == null) {
            String accepted = Stream.concat(effects.keySet().stream(), Stream.of(DecisionSubject.OTHER))
                    .map(DecisionSubject::code)
                    .collect(Collectors.joining(", "));
            throw new InvalidInput("subject", "enum", "no decision can be taken on a " + subject, accepted);
        }
        return effect;
    }

    private void requireExists(OrganisationId organisationId, DecisionSubject subject, UUID subjectId) {
        DecisionEffect effect = effects.get(subject);
        if (effect == null) {
            throw new IllegalStateException("no decision effect registered for " + subject);
        }
        if (!effect.exists(organisationId, subjectId)) {
            throw new NotFound(effect.subjectName(), subjectId);
        }
    }

    /** The request a decision settles: DECIDED, or still PENDING when the decision is DEFERRED. */
    private void settle(Caller caller, Decision decision, RequestId requestId) {
        ApprovalRequest request = existing(decision.organisationId(), requestId);
        ApprovalRequest decided = requests.update(request.decide(decision.id(), decision.outcome()));
        auditor.record(caller, new RequestDecided(request, decided, decision));
    }

    /** The committee's own subject: a decision on an approval request settles it. */
    private final class RequestSettlement implements DecisionEffect {

        @Override
        public DecisionSubject subject() {
            return DecisionSubject.APPROVAL_REQUEST;
        }

        @Override
        public String subjectName() {
            return "approval-request";
        }

        @Override
        public boolean exists(OrganisationId organisationId, UUID subjectId) {
            return requests.find(organisationId, new RequestId(subjectId)).isPresent();
        }

        @Override
        public String apply(Caller caller, Decision decision) {
            settle(caller, decision, new RequestId(decision.subjectId()));
            return "";
        }
    }

    /** One effect per code, in the order the API documents the known codes, then the others by code. */
    private static Map<DecisionSubject, DecisionEffect> byCode(List<DecisionEffect> effects) {
        Map<DecisionSubject, DecisionEffect> byCode = new LinkedHashMap<>();
        effects.stream()
                .sorted(Comparator.comparingInt((DecisionEffect effect) -> known(effect.subject()))
                        .thenComparing(effect -> effect.subject().code()))
                .forEach(effect -> {
                    if (byCode.putIfAbsent(effect.subject(), effect) != null) {
                        throw new IllegalStateException("two decision effects for " + effect.subject());
                    }
                });
        return byCode;
    }

    private static int known(DecisionSubject subject) {
        int index = DecisionSubject.KNOWN.indexOf(subject);
        return index < 0 ? DecisionSubject.KNOWN.size() : index;
    }

    private CommitteeView view(Committee committee) {
        LocalDate today = today();
        return new CommitteeView(
                committee,
                committee.constituted(today),
                committee.votingMembers(today).size(),
                committee.quorumRequired(today),
                proposedAgenda(committee.organisationId()),
                awaitingDecision(committee.organisationId()));
    }

    private MeetingView view(Meeting meeting, Committee committee) {
        return new MeetingView(
                meeting,
                committee.votingPresent(meeting.attendees(), meeting.date()),
                committee.quorumRequired(meeting.date()),
                meeting.quorate(committee),
                proposedAgenda(meeting.organisationId()));
    }

    private List<ApprovalRequest> proposedAgenda(OrganisationId organisationId) {
        return requests.list(organisationId, RequestStatus.PENDING, PageRequest.first(PROPOSED_AGENDA_MAX))
                .items();
    }

    private List<AwaitingDecision> awaitingDecision(OrganisationId organisationId) {
        return effects.values().stream()
                .flatMap(effect -> effect.awaitingDecision(organisationId).stream())
                .toList();
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
        Membership member =
                memberships.find(organisationId, memberId).orElseThrow(() -> new NotFound("member", memberId));
        if (member.status() == MembershipStatus.REVOKED) {
            throw new RuleViolation("member-revoked", "member " + memberId + " was removed from the organisation");
        }
    }

    private void requireMembers(
            OrganisationId organisationId, Collection<MemberId> wanted, Collection<MemberId> already) {
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
            item.pointers().forEach((subject, id) -> requireExists(organisationId, subject, id));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
