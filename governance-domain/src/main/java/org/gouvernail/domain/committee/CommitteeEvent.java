package org.gouvernail.domain.committee;

import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.shared.Changes;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the committee: its charter, meetings, approval requests and decisions. */
public sealed interface CommitteeEvent extends DomainEvent {

    /** The charter or the seats changed; the subject is the organisation (one committee each). */
    record CommitteeConfigured(
            OrganisationId organisationId,
            Charter before,
            Charter after,
            int membersBefore,
            int membersAfter,
            int votingMembers,
            boolean constituted)
            implements CommitteeEvent {

        @Override
        public String action() {
            return "committee.configured";
        }

        @Override
        public String subjectType() {
            return "COMMITTEE";
        }

        @Override
        public UUID subjectId() {
            return organisationId.value();
        }

        @Override
        public String summary() {
            String charter = Changes.between(before, after);
            String seats = "members: " + membersBefore + " → " + membersAfter + "; voting: " + votingMembers
                    + "; constituted: " + constituted;
            return charter.isEmpty() ? seats : charter + "; " + seats;
        }
    }

    record MeetingScheduled(Meeting meeting) implements MeetingEvent {

        @Override
        public String action() {
            return "meeting.scheduled";
        }

        @Override
        public Meeting subject() {
            return meeting;
        }

        @Override
        public String summary() {
            return "date: " + meeting.date() + "; agenda: " + meeting.agenda().size() + "; attendees: "
                    + meeting.attendees().size();
        }
    }

    record MeetingUpdated(Meeting before, Meeting after) implements MeetingEvent {

        @Override
        public String action() {
            return "meeting.updated";
        }

        @Override
        public Meeting subject() {
            return after;
        }

        @Override
        public String summary() {
            StringBuilder summary = new StringBuilder();
            if (!before.date().equals(after.date())) {
                summary.append("date: ")
                        .append(before.date())
                        .append(" → ")
                        .append(after.date())
                        .append("; ");
            }
            if (!before.agenda().equals(after.agenda())) {
                summary.append("agenda: ")
                        .append(before.agenda().size())
                        .append(" → ")
                        .append(after.agenda().size())
                        .append(" items; ");
            }
            if (!before.attendees().equals(after.attendees())) {
                summary.append("attendees: ")
                        .append(before.attendees().size())
                        .append(" → ")
                        .append(after.attendees().size())
                        .append("; ");
            }
            if (!Objects.equals(before.minutes(), after.minutes())) {
                summary.append("minutes changed; ");
            }
            return summary.isEmpty() ? "no change" : summary.substring(0, summary.length() - 2);
        }
    }

    /** A decision was recorded; {@code effect} is what it changed on its subject, as the area's effect reported it ("" for none). */
    record DecisionRecorded(Decision decision, String effect) implements CommitteeEvent {

        @Override
        public OrganisationId organisationId() {
            return decision.organisationId();
        }

        @Override
        public String action() {
            return "decision.recorded";
        }

        @Override
        public String subjectType() {
            return "DECISION";
        }

        @Override
        public UUID subjectId() {
            return decision.id().value();
        }

        @Override
        public String summary() {
            return "subject: " + decision.subject() + (decision.subjectId() == null ? "" : " " + decision.subjectId())
                    + "; outcome: " + decision.outcome()
                    + "; votes: " + decision.votes().inFavour() + "/"
                    + decision.votes().against() + "/" + decision.votes().abstain()
                    + (decision.writtenProcedure() ? "; written procedure" : "; meeting: " + decision.meetingId())
                    + (decision.revises() == null ? "" : "; revises: " + decision.revises())
                    + (decision.acknowledgesValuesCheck() ? "; values check acknowledged" : "")
                    + (effect == null || effect.isEmpty() ? "" : "; " + effect);
        }
    }

    record RequestSubmitted(ApprovalRequest request) implements RequestEvent {

        @Override
        public String action() {
            return "approval-request.submitted";
        }

        @Override
        public ApprovalRequest subject() {
            return request;
        }

        @Override
        public String summary() {
            return "kind: " + request.kind() + (request.subjectId() == null ? "" : "; subject: " + request.subjectId())
                    + "; title: " + request.title();
        }
    }

    record RequestDecided(ApprovalRequest before, ApprovalRequest after, Decision decision) implements RequestEvent {

        @Override
        public String action() {
            return "approval-request.decided";
        }

        @Override
        public ApprovalRequest subject() {
            return after;
        }

        @Override
        public String summary() {
            return "outcome: " + decision.outcome() + "; status: " + before.status() + " → " + after.status()
                    + "; decision: " + decision.id();
        }
    }

    record RequestWithdrawn(ApprovalRequest before, ApprovalRequest after) implements RequestEvent {

        @Override
        public String action() {
            return "approval-request.withdrawn";
        }

        @Override
        public ApprovalRequest subject() {
            return after;
        }

        @Override
        public String summary() {
            return "status: " + before.status() + " → " + after.status();
        }
    }

    /** What the events about one meeting share: their subject. */
    sealed interface MeetingEvent extends CommitteeEvent {

        Meeting subject();

        @Override
        default OrganisationId organisationId() {
            return subject().organisationId();
        }

        @Override
        default String subjectType() {
            return "MEETING";
        }

        @Override
        default UUID subjectId() {
            return subject().id().value();
        }
    }

    /** What the events about one approval request share: their subject. */
    sealed interface RequestEvent extends CommitteeEvent {

        ApprovalRequest subject();

        @Override
        default OrganisationId organisationId() {
            return subject().organisationId();
        }

        @Override
        default String subjectType() {
            return "APPROVAL_REQUEST";
        }

        @Override
        default UUID subjectId() {
            return subject().id().value();
        }
    }
}
