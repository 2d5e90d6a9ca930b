package org.gouvernail.domain.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: a committee decision, immutable once recorded (a later decision may revise it). It is
 * taken in a meeting with quorum or, when the charter allows it, by written procedure where every
 * voting member votes. {@link #take} checks the rules; the service then applies its effect on the
 * subject in the same transaction. {@code acknowledgesValuesCheck} records that the committee saw the
 * values check of the use case decided on: an approval needs it while the check has a SERIOUS concern
 * without response (issue 20).
 */
public record Decision(
        DecisionId id,
        OrganisationId organisationId,
        MeetingId meetingId,
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
        MemberId recordedBy,
        Instant recordedAt,
        boolean acknowledgesValuesCheck) {

    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Check.present("subject", subject);
        Check.present("outcome", outcome);
        Check.present("votes", votes);
        conditions = Check.text("conditions", conditions, Check.SHORT_TEXT_LENGTH);
        rationale = Check.text("rationale", rationale, Check.SHORT_TEXT_LENGTH);
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** A decision that does not acknowledge a use case's values check (every subject but an approved use case with serious concerns). */
    public Decision(
            DecisionId id,
            OrganisationId organisationId,
            MeetingId meetingId,
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
            MemberId recordedBy,
            Instant recordedAt) {
        this(
                id,
                organisationId,
                meetingId,
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
                recordedBy,
                recordedAt,
                false);
    }

    /** Whether the decision was taken by written procedure rather than in a meeting. */
    public boolean writtenProcedure() {
        return meetingId == null;
    }

    /** Whether the decision approves its subject, with or without conditions. */
    public boolean approves() {
        return outcome == DecisionOutcome.APPROVED || outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS;
    }

    /**
     * Checks a decision about to be recorded: shape (subject id, conditions, tool status consistent
     * with the outcome), then the committee's rules (constituted, quorum or complete written
     * procedure, no more votes than voters, an approval carried by the votes).
     */
    public static Decision take(Decision draft, Committee committee, Meeting meeting, LocalDate today) {
        draft.requireConsistent();
        LocalDate day = meeting == null ? today : meeting.date();
        committee.requireConstituted(day);
        int voters;
        if (meeting == null) {
            if (!committee.charter().writtenProcedureAllowed()) {
                throw new RuleViolation(
                        "written-procedure-not-allowed", "the charter does not allow decisions by written procedure");
            }
            voters = committee.votingMembers(day).size();
            if (draft.votes().cast() != voters) {
                throw new RuleViolation(
                        "written-procedure-incomplete",
                        "by written procedure all " + voters + " voting members vote",
                        voters,
                        draft.votes().cast());
            }
        } else {
            voters = committee.votingPresent(meeting.attendees(), day);
            if (!meeting.quorate(committee)) {
                throw new RuleViolation(
                        "quorum-not-met",
                        voters + " voting members present, the quorum is " + committee.quorumRequired(day),
                        voters,
                        committee.quorumRequired(day));
            }
        }
        if (draft.votes().cast() > voters) {
            throw new RuleViolation(
                    "votes-exceed-voters",
                    draft.votes().cast() + " votes cast by " + voters + " voting members",
                    draft.votes().cast(),
                    voters);
        }
        if (draft.approves() && draft.votes().inFavour() <= draft.votes().against()) {
            throw new RuleViolation(
                    "votes-do-not-carry",
                    "an approval needs more votes in favour than against",
                    draft.votes().inFavour(),
                    draft.votes().against());
        }
        return draft;
    }

    private void requireConsistent() {
        if (!subject.equals(DecisionSubject.OTHER) && subjectId == null) {
            throw new InvalidInput(
                    "subjectId", "required", "subjectId is required for a decision on a " + subject, "subjectId");
        }
        if (subject.equals(DecisionSubject.OTHER) && subjectId != null) {
            // OTHER has no effect, so nothing would check the id: refused rather than stored unverified
            throw new InvalidInput("subjectId", "other-subject-id", "a decision on subject OTHER names no subjectId");
        }
        if (outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS && conditions == null) {
            throw new InvalidInput("conditions", "required", "an approval with conditions states them", "conditions");
        }
        if (!toolStatusFits()) {
            throw new InvalidInput(
                    "toolStatus",
                    "tool-status-inconsistent",
                    "tool status " + toolStatus + " does not fit a " + subject + " decision " + outcome,
                    String.valueOf(toolStatus),
                    subject,
                    outcome);
        }
    }

    /** A TOOL decision names the status it sets, consistent with the outcome; DEFERRED and other subjects set none. */
    private boolean toolStatusFits() {
        if (!subject.equals(DecisionSubject.TOOL) || outcome == DecisionOutcome.DEFERRED) {
            return toolStatus == null;
        }
        if (toolStatus == null) {
            return false;
        }
        return switch (outcome) {
            case APPROVED -> toolStatus == ToolStatus.APPROVED;
            case APPROVED_WITH_CONDITIONS ->
                toolStatus == ToolStatus.APPROVED_WITH_CONDITIONS || toolStatus == ToolStatus.RESTRICTED;
            case REJECTED -> toolStatus == ToolStatus.RESTRICTED || toolStatus == ToolStatus.FORBIDDEN;
            case DEFERRED -> false;
        };
    }
}
