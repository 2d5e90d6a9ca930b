package org.gouvernail.domain.committee.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.committee.AgendaItem;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.AwaitingDecision;
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
import org.gouvernail.domain.committee.Votes;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** In-port: the AI governance committee: charter and members, meetings, approval requests and decisions. */
public interface CommitteeGovernance {

    /** What a decision request carries; the service adds identity, recorder and time. */
    record DecisionDraft(
            DecisionSubject subject,
            UUID subjectId,
            RequestId requestId,
            DecisionOutcome outcome,
            ToolStatus toolStatus,
            String conditions,
            String rationale,
            Votes votes,
            LocalDate reviewDate,
            DecisionId revises,
            boolean acknowledgesValuesCheck) {

        /** A draft that does not acknowledge a values check. */
        public DecisionDraft(
                DecisionSubject subject,
                UUID subjectId,
                RequestId requestId,
                DecisionOutcome outcome,
                ToolStatus toolStatus,
                String conditions,
                String rationale,
                Votes votes,
                LocalDate reviewDate,
                DecisionId revises) {
            this(
                    subject,
                    subjectId,
                    requestId,
                    outcome,
                    toolStatus,
                    conditions,
                    rationale,
                    votes,
                    reviewDate,
                    revises,
                    false);
        }
    }

    /**
     * The committee with what it computes: constituted today, the pending requests that make the next
     * proposed agenda, the subjects the areas submitted to its decision (e.g. policy versions IN_REVIEW).
     */
    record CommitteeView(
            Committee committee,
            boolean constituted,
            int votingMembers,
            int quorum,
            List<ApprovalRequest> proposedAgenda,
            List<AwaitingDecision> awaitingDecision) {

        /** Those of one subject, e.g. the policy versions a decision on subject POLICY_VERSION publishes. */
        public List<AwaitingDecision> awaiting(DecisionSubject subject) {
            return awaitingDecision.stream()
                    .filter(awaiting -> awaiting.subject().equals(subject))
                    .toList();
        }
    }

    /** A meeting with its computed quorum and the pending requests proposed for its agenda. */
    record MeetingView(
            Meeting meeting,
            int votingPresent,
            int quorumRequired,
            boolean quorate,
            List<ApprovalRequest> proposedAgenda) {}

    CommitteeView committee(Caller caller, OrganisationId organisationId);

    CommitteeView configure(
            Caller caller,
            OrganisationId organisationId,
            long expectedVersion,
            Charter charter,
            List<CommitteeMember> members);

    MeetingView schedule(
            Caller caller,
            OrganisationId organisationId,
            LocalDate date,
            List<AgendaItem> agenda,
            Set<MemberId> attendees,
            String minutes);

    Page<Meeting> meetings(Caller caller, OrganisationId organisationId, PageRequest page);

    MeetingView meeting(Caller caller, OrganisationId organisationId, MeetingId meetingId);

    MeetingView updateMeeting(
            Caller caller,
            OrganisationId organisationId,
            MeetingId meetingId,
            long expectedVersion,
            LocalDate date,
            List<AgendaItem> agenda,
            Set<MemberId> attendees,
            String minutes);

    /** Records a decision in a meeting, or by written procedure when {@code meetingId} is null, and applies its effect. */
    Decision decide(Caller caller, OrganisationId organisationId, MeetingId meetingId, DecisionDraft draft);

    Page<Decision> decisions(Caller caller, OrganisationId organisationId, MeetingId meetingId, PageRequest page);

    Decision decision(Caller caller, OrganisationId organisationId, DecisionId decisionId);

    ApprovalRequest request(
            Caller caller,
            OrganisationId organisationId,
            RequestKind kind,
            UUID subjectId,
            String title,
            String description);

    Page<ApprovalRequest> requests(
            Caller caller, OrganisationId organisationId, RequestStatus status, PageRequest page);

    ApprovalRequest approvalRequest(Caller caller, OrganisationId organisationId, RequestId requestId);

    ApprovalRequest withdraw(Caller caller, OrganisationId organisationId, RequestId requestId, long expectedVersion);
}
