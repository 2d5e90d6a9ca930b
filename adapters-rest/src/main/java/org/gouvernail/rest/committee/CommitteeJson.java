package org.gouvernail.rest.committee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.committee.AgendaItem;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.AwaitingDecision;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingFrequency;
import org.gouvernail.domain.committee.QuorumRule;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.RequestStatus;
import org.gouvernail.domain.committee.Votes;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.CommitteeView;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.DecisionDraft;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.MeetingView;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;

/** JSON shapes of the committee, its meetings, decisions and approval requests. */
final class CommitteeJson {

    static final int MAX_MEMBERS = Committee.MAX_MEMBERS;

    private CommitteeJson() {}

    @Schema(
            name = "CommitteeCharter",
            description = "The charter: mission, meeting frequency, written procedure, quorum rule and size "
                    + "(3 to 5 voting members by default, at most 9 for a large ONG).")
    record CharterJson(
            @Size(max = 2000)
            @Schema(nullable = true, maxLength = 2000, examples = "Veiller à un usage de l'IA conforme à nos valeurs")
            String missionStatement,

            @Schema(nullable = true, defaultValue = "QUARTERLY", maxLength = 20)
            MeetingFrequency meetingFrequency,

            @Schema(description = "Whether decisions may be taken by written procedure (every voting member votes)")
            boolean writtenProcedureAllowed,

            @Schema(nullable = true, defaultValue = "MAJORITY", maxLength = 20)
            QuorumRule quorumRule,

            @Min(1) @Max(9) @Schema(nullable = true, defaultValue = "3", minimum = "1", maximum = "9")
            Integer minVotingMembers,

            @Min(1) @Max(9) @Schema(nullable = true, defaultValue = "5", minimum = "1", maximum = "9")
            Integer maxVotingMembers) {

        static CharterJson from(Charter charter) {
            return new CharterJson(
                    charter.missionStatement(),
                    charter.meetingFrequency(),
                    charter.writtenProcedureAllowed(),
                    charter.quorumRule(),
                    charter.minVotingMembers(),
                    charter.maxVotingMembers());
        }

        Charter toDomain() {
            return new Charter(
                    missionStatement,
                    meetingFrequency,
                    writtenProcedureAllowed,
                    quorumRule,
                    minVotingMembers == null ? Charter.DEFAULT_MIN : minVotingMembers,
                    maxVotingMembers == null ? Charter.DEFAULT_MAX : maxVotingMembers);
        }
    }

    @Schema(name = "CommitteeMember", description = "A member of the organisation seated on the committee.")
    record MemberJson(
            @NotNull @Schema(description = "Membership id in this organisation", maxLength = 36)
            UUID memberId,

            @Schema(nullable = true, defaultValue = "MEMBER", maxLength = 20)
            CommitteeRole role,

            @Schema(nullable = true, defaultValue = "true", description = "Whether the member votes")
            Boolean voting,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate mandateStart,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate mandateEnd) {

        static MemberJson from(CommitteeMember member) {
            return new MemberJson(
                    member.memberId().value(),
                    member.role(),
                    member.voting(),
                    member.mandateStart(),
                    member.mandateEnd());
        }

        CommitteeMember toDomain() {
            return new CommitteeMember(
                    new MemberId(memberId), role, voting == null || voting, mandateStart, mandateEnd);
        }
    }

    @Schema(name = "CommitteeConfiguration", description = "The whole committee, replaced by PUT.")
    record Configuration(
            @NotNull @Valid CharterJson charter,

            @NotNull @Size(max = MAX_MEMBERS) @Schema(maxItems = MAX_MEMBERS)
            List<@NotNull @Valid MemberJson> members) {}

    @Schema(name = "ApprovalRequestSummary", description = "A pending request proposed for the next meeting's agenda.")
    record QueuedRequest(
            UUID id,
            RequestKind kind,
            @Schema(nullable = true, maxLength = 36) UUID subjectId,
            @Schema(maxLength = 200) String title,
            UUID requestedBy,
            Instant createdAt) {

        static QueuedRequest from(ApprovalRequest request) {
            return new QueuedRequest(
                    request.id().value(),
                    request.kind(),
                    request.subjectId(),
                    request.title(),
                    request.requestedBy().value(),
                    request.createdAt());
        }
    }

    @Schema(name = "PolicyVersionAwaitingDecision", description = "A policy version submitted to the committee.")
    record AwaitingVersion(
            UUID versionId,
            UUID policyId,
            @Schema(nullable = true, maxLength = 200) String title,
            @Schema(minimum = "1", maximum = "100000") int number) {

        static AwaitingVersion from(AwaitingDecision version) {
            return new AwaitingVersion(version.subjectId(), version.parentId(), version.title(), version.number());
        }
    }

    @Schema(name = "Committee")
    record CommitteeJsonView(
            CharterJson charter,
            @Schema(maxItems = MAX_MEMBERS) List<MemberJson> members,

            @Schema(
                    description =
                            "At least the charter's minimum of voting members today; otherwise the committee cannot decide")
            boolean constituted,

            @Schema(minimum = "0", maximum = "30") int votingMembers,

            @Schema(
                    description = "Voting members who must attend for a meeting to decide",
                    minimum = "0",
                    maximum = "30")
            int quorum,

            @Schema(
                    description = "Pending approval requests, oldest first: the next meeting's proposed agenda",
                    maxItems = 50)
            List<QueuedRequest> proposedAgenda,

            @Schema(
                    description =
                            "Policy versions submitted to the committee (IN_REVIEW), oldest first: a decision on subject POLICY_VERSION "
                                    + "publishes one",
                    maxItems = 1000)
            List<AwaitingVersion> versionsAwaitingDecision,

            @Schema(
                    description = "Same value as the ETag header; 0 before the first PUT.",
                    minimum = "0",
                    maximum = "9223372036854775807")
            long version) {

        static CommitteeJsonView from(CommitteeView view) {
            Committee committee = view.committee();
            return new CommitteeJsonView(
                    CharterJson.from(committee.charter()),
                    committee.members().stream().map(MemberJson::from).toList(),
                    view.constituted(),
                    view.votingMembers(),
                    view.quorum(),
                    view.proposedAgenda().stream().map(QueuedRequest::from).toList(),
                    view.awaiting(DecisionSubject.POLICY_VERSION).stream()
                            .map(AwaitingVersion::from)
                            .toList(),
                    committee.version());
        }
    }

    @Schema(
            name = "AgendaItem",
            description =
                    "An agenda item; it may point to an approval request, a use case, a tool, a risk, a policy version or a review (its id) of this organisation.")
    record AgendaItemJson(
            @NotBlank
            @Size(max = 200)
            @Schema(maxLength = 200, examples = "Demande : DeepL Pro pour l'équipe communication")
            String title,

            @Schema(nullable = true, maxLength = 36) UUID requestId,
            @Schema(nullable = true, maxLength = 36) UUID useCaseId,
            @Schema(nullable = true, maxLength = 36) UUID toolId,
            @Schema(nullable = true, maxLength = 36) UUID riskId,

            @Schema(
                    nullable = true,
                    maxLength = 36,
                    description = "The id of a policy version, typically one IN_REVIEW")
            UUID policyVersionId,

            @Schema(
                    nullable = true,
                    maxLength = 36,
                    description =
                            "The id of a review the review cycle proposed (POST …/reviews/propose-agenda); a decision on subject REVIEW closes it")
            UUID reviewId) {

        static AgendaItemJson from(AgendaItem item) {
            return new AgendaItemJson(
                    item.title(),
                    item.requestId(),
                    item.useCaseId(),
                    item.toolId(),
                    item.riskId(),
                    item.policyVersionId(),
                    item.reviewId());
        }

        AgendaItem toDomain() {
            return new AgendaItem(title, requestId, useCaseId, toolId, riskId, policyVersionId, reviewId);
        }
    }

    @Schema(
            name = "MeetingDetails",
            description = "A meeting to schedule, or its editable part (PATCH with a JSON merge patch).")
    record MeetingInput(
            @NotNull @Schema(maxLength = 10, implementation = String.class, format = "date", examples = "2026-12-03")
            LocalDate date,

            @Size(max = Meeting.MAX_AGENDA_ITEMS) @Schema(maxItems = Meeting.MAX_AGENDA_ITEMS, nullable = true)
            List<@NotNull @Valid AgendaItemJson> agenda,

            @Size(max = Meeting.MAX_ATTENDEES)
            @Schema(
                    description = "Membership ids of who attended",
                    type = SchemaType.ARRAY,
                    implementation = UUID.class,
                    maxItems = Meeting.MAX_ATTENDEES,
                    nullable = true)
            Set<@NotNull UUID> attendees,

            @Size(max = 50000) @Schema(nullable = true, maxLength = 50000)
            String minutes) {

        static MeetingInput from(Meeting meeting) {
            return new MeetingInput(
                    meeting.date(),
                    meeting.agenda().stream().map(AgendaItemJson::from).toList(),
                    meeting.attendees().stream()
                            .map(MemberId::value)
                            .collect(Collectors.toCollection(LinkedHashSet::new)),
                    meeting.minutes());
        }

        List<AgendaItem> agendaItems() {
            return agenda == null
                    ? List.of()
                    : agenda.stream().map(AgendaItemJson::toDomain).toList();
        }

        Set<MemberId> attendeeIds() {
            return attendees == null
                    ? Set.of()
                    : attendees.stream().map(MemberId::new).collect(Collectors.toSet());
        }
    }

    @Schema(name = "Meeting")
    record MeetingJson(
            UUID id,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate date,

            @Schema(maxItems = Meeting.MAX_AGENDA_ITEMS) List<AgendaItemJson> agenda,

            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = Meeting.MAX_ATTENDEES)
            List<UUID> attendees,

            @Schema(nullable = true, maxLength = 50000) String minutes,

            @Schema(
                    description = "Voting members among the attendees (absent from lists)",
                    nullable = true,
                    minimum = "0",
                    maximum = "30")
            Integer votingPresent,

            @Schema(
                    description = "Voting members needed (absent from lists)",
                    nullable = true,
                    minimum = "0",
                    maximum = "30")
            Integer quorumRequired,

            @Schema(description = "Whether the meeting may decide (absent from lists)", nullable = true)
            Boolean quorate,

            @Schema(
                    description = "Pending approval requests proposed for the agenda (absent from lists)",
                    nullable = true,
                    maxItems = 50)
            List<QueuedRequest> proposedAgenda,

            @Schema(description = "Same value as the ETag header.", minimum = "0", maximum = "9223372036854775807")
            long version,

            Instant createdAt) {

        static MeetingJson from(Meeting meeting) {
            return of(meeting, null, null, null, null);
        }

        static MeetingJson from(MeetingView view) {
            return of(
                    view.meeting(),
                    view.votingPresent(),
                    view.quorumRequired(),
                    view.quorate(),
                    view.proposedAgenda().stream().map(QueuedRequest::from).toList());
        }

        private static MeetingJson of(
                Meeting meeting, Integer present, Integer required, Boolean quorate, List<QueuedRequest> proposed) {
            return new MeetingJson(
                    meeting.id().value(),
                    meeting.date(),
                    meeting.agenda().stream().map(AgendaItemJson::from).toList(),
                    meeting.attendees().stream().map(MemberId::value).sorted().toList(),
                    meeting.minutes(),
                    present,
                    required,
                    quorate,
                    proposed,
                    meeting.version(),
                    meeting.createdAt());
        }
    }

    /**
     * A decision subject in JSON: its bare code. A string rather than an enum because an area becomes
     * decidable by adding its decision effect; the service refuses a code no effect handles with the
     * same 400 as an unknown enum value. The contract lists the codes known today ({@link DecisionSubject#KNOWN}).
     */
    @Schema(
            name = "DecisionSubject",
            type = SchemaType.STRING,
            enumeration = {
                "TOOL",
                "USE_CASE",
                "APPROVAL_REQUEST",
                "RISK_ACCEPTANCE",
                "POLICY_VERSION",
                "REVIEW",
                "TRANSPARENCY",
                "OTHER"
            })
    record SubjectCode(@JsonValue String code) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static SubjectCode of(String code) {
            return new SubjectCode(code);
        }

        static SubjectCode of(DecisionSubject subject) {
            return new SubjectCode(subject.code());
        }

        DecisionSubject toDomain() {
            return DecisionSubject.of(code);
        }
    }

    @Schema(
            name = "DecisionCreation",
            description = "A decision to record. For a TOOL decision, toolStatus names the status it sets "
                    + "(APPROVED → APPROVED; APPROVED_WITH_CONDITIONS → APPROVED_WITH_CONDITIONS or RESTRICTED; REJECTED → RESTRICTED or "
                    + "FORBIDDEN; DEFERRED → none). A USE_CASE decision sets the use case's status to the outcome (DEFERRED changes nothing); "
                    + "an approved RISK_ACCEPTANCE accepts the risk whatever its level; a REVIEW decision (any outcome but DEFERRED) closes "
                    + "the review, its reviewDate being the subject's next review (one year later when absent).")
    record DecisionInput(
            @NotNull @Schema(maxLength = 20) SubjectCode subject,

            @Schema(
                    description = "Tool, use case, approval request, risk, policy version or review; none for OTHER",
                    nullable = true,
                    maxLength = 36)
            UUID subjectId,

            @Schema(
                    description = "An approval request this decision settles (for a TOOL or USE_CASE decision)",
                    nullable = true,
                    maxLength = 36)
            UUID requestId,

            @NotNull @Schema(maxLength = 30) DecisionOutcome outcome,
            @Schema(nullable = true, maxLength = 30) ToolStatus toolStatus,

            @Size(max = 2000)
            @Schema(description = "Required for APPROVED_WITH_CONDITIONS", nullable = true, maxLength = 2000)
            String conditions,

            @Size(max = 2000) @Schema(nullable = true, maxLength = 2000)
            String rationale,

            @NotNull @Min(0) @Max(9) @Schema(minimum = "0", maximum = "9")
            Integer votesFor,

            @NotNull @Min(0) @Max(9) @Schema(minimum = "0", maximum = "9")
            Integer votesAgainst,

            @NotNull @Min(0) @Max(9) @Schema(minimum = "0", maximum = "9")
            Integer votesAbstain,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate reviewDate,

            @Schema(description = "An earlier decision this one revises", nullable = true, maxLength = 36)
            UUID revises,

            @Schema(
                    nullable = true,
                    description =
                            "For a USE_CASE decision: the committee saw the use case's values check (GET …/use-cases/{id}/values-check). "
                                    + "Required (true) to approve a use case whose check has a SERIOUS concern without response; recorded on the decision. "
                                    + "Default false.")
            Boolean acknowledgesValuesCheck) {

        DecisionDraft toDomain() {
            return new DecisionDraft(
                    subject.toDomain(),
                    subjectId,
                    requestId == null ? null : new RequestId(requestId),
                    outcome,
                    toolStatus,
                    conditions,
                    rationale,
                    new Votes(votesFor, votesAgainst, votesAbstain),
                    reviewDate,
                    revises == null ? null : new DecisionId(revises),
                    Boolean.TRUE.equals(acknowledgesValuesCheck));
        }
    }

    @Schema(name = "Decision", description = "A committee decision: immutable; a later decision may revise it.")
    record DecisionJson(
            UUID id,

            @Schema(description = "Null when taken by written procedure", nullable = true, maxLength = 36)
            UUID meetingId,

            @Schema(description = "True when taken by written procedure")
            boolean writtenProcedure,

            SubjectCode subject,
            @Schema(nullable = true, maxLength = 36) UUID subjectId,
            @Schema(nullable = true, maxLength = 36) UUID requestId,
            DecisionOutcome outcome,
            @Schema(nullable = true, maxLength = 30) ToolStatus toolStatus,
            @Schema(nullable = true, maxLength = 2000) String conditions,
            @Schema(nullable = true, maxLength = 2000) String rationale,
            @Schema(minimum = "0", maximum = "9") int votesFor,
            @Schema(minimum = "0", maximum = "9") int votesAgainst,
            @Schema(minimum = "0", maximum = "9") int votesAbstain,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate reviewDate,

            @Schema(nullable = true, maxLength = 36) UUID revises,
            UUID recordedBy,
            Instant recordedAt,

            @Schema(description = "The committee recorded that it saw the use case's values check")
            boolean acknowledgesValuesCheck) {

        static DecisionJson from(Decision d) {
            return new DecisionJson(
                    d.id().value(),
                    d.meetingId() == null ? null : d.meetingId().value(),
                    d.writtenProcedure(),
                    SubjectCode.of(d.subject()),
                    d.subjectId(),
                    d.requestId() == null ? null : d.requestId().value(),
                    d.outcome(),
                    d.toolStatus(),
                    d.conditions(),
                    d.rationale(),
                    d.votes().inFavour(),
                    d.votes().against(),
                    d.votes().abstain(),
                    d.reviewDate(),
                    d.revises() == null ? null : d.revises().value(),
                    d.recordedBy().value(),
                    d.recordedAt(),
                    d.acknowledgesValuesCheck());
        }
    }

    @Schema(
            name = "ApprovalRequestCreation",
            description = "Ask the committee to approve a registered tool (TOOL) or use case (USE_CASE) "
                    + "named by subjectId, or something new described in words (NEW_TOOL, NEW_USE; no subjectId).")
    record RequestInput(
            @NotNull @Schema(maxLength = 20) RequestKind kind,
            @Schema(nullable = true, maxLength = 36) UUID subjectId,

            @NotBlank
            @Size(max = 200)
            @Schema(maxLength = 200, examples = "Utiliser DeepL Pro pour traduire nos newsletters")
            String title,

            @Size(max = 2000) @Schema(nullable = true, maxLength = 2000)
            String description) {}

    @Schema(name = "ApprovalRequest")
    record RequestJson(
            UUID id,
            RequestKind kind,
            @Schema(nullable = true, maxLength = 36) UUID subjectId,
            @Schema(maxLength = 200) String title,
            @Schema(nullable = true, maxLength = 2000) String description,
            RequestStatus status,

            @Schema(description = "The decision that settled it (or deferred it)", nullable = true, maxLength = 36)
            UUID decisionId,

            @Schema(description = "The decision's outcome, visible to the requester", nullable = true, maxLength = 30)
            DecisionOutcome outcome,

            UUID requestedBy,

            @Schema(description = "Same value as the ETag header.", minimum = "0", maximum = "9223372036854775807")
            long version,

            Instant createdAt) {

        static RequestJson from(ApprovalRequest r) {
            return new RequestJson(
                    r.id().value(),
                    r.kind(),
                    r.subjectId(),
                    r.title(),
                    r.description(),
                    r.status(),
                    r.decisionId() == null ? null : r.decisionId().value(),
                    r.outcome(),
                    r.requestedBy().value(),
                    r.version(),
                    r.createdAt());
        }
    }
}
