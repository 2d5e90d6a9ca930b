package org.gouvernail.domain.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.committee.Committees.NOW;
import static org.gouvernail.domain.committee.Committees.ORGANISATION;
import static org.gouvernail.domain.committee.Committees.RECORDER;
import static org.gouvernail.domain.committee.Committees.TODAY;
import static org.gouvernail.domain.committee.Committees.attendedBy;
import static org.gouvernail.domain.committee.Committees.of;
import static org.gouvernail.domain.committee.DecisionBuilder.aDecision;

import java.util.UUID;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionTest {

    static Decision draft(
            DecisionSubject subject, DecisionOutcome outcome, ToolStatus toolStatus, String conditions, Votes votes) {
        UUID subjectId = subject.equals(DecisionSubject.OTHER) ? null : UUID.randomUUID();
        return aDecision()
                .of(ORGANISATION)
                .about(subject, subjectId)
                .withOutcome(outcome, toolStatus)
                .withConditions(conditions)
                .withVotes(votes)
                .recordedBy(RECORDER, NOW)
                .build();
    }

    static Decision inMeeting(Decision d, Meeting meeting) {
        return DecisionBuilder.from(d).takenIn(meeting.id()).build();
    }

    @ParameterizedTest(name = "{0} {1} → tool {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # subject | outcome                  | toolStatus               | expected
            TOOL      | APPROVED                 | APPROVED                 | ok
            TOOL      | APPROVED                 | FORBIDDEN                | tool-status-inconsistent
            TOOL      | APPROVED                 | -                        | tool-status-inconsistent
            TOOL      | APPROVED_WITH_CONDITIONS | APPROVED_WITH_CONDITIONS | ok
            TOOL      | APPROVED_WITH_CONDITIONS | RESTRICTED               | ok
            TOOL      | REJECTED                 | RESTRICTED               | ok
            TOOL      | REJECTED                 | FORBIDDEN                | ok
            TOOL      | REJECTED                 | APPROVED                 | tool-status-inconsistent
            TOOL      | DEFERRED                 | -                        | ok
            TOOL      | DEFERRED                 | FORBIDDEN                | tool-status-inconsistent
            USE_CASE  | APPROVED                 | APPROVED                 | tool-status-inconsistent
            USE_CASE  | APPROVED                 | -                        | ok
            """)
    void aToolDecisionNamesTheStatusItSetsConsistentWithTheOutcome(
            DecisionSubject subject, DecisionOutcome outcome, ToolStatus toolStatus, String expected) {
        Meeting meeting = attendedBy(3);
        Decision decision = inMeeting(
                draft(subject, outcome, toolStatus, "Pas de données personnelles", new Votes(3, 0, 0)), meeting);
        if (expected.equals("ok")) {
            assertThat(Decision.take(decision, of(3), meeting, TODAY)).isSameAs(decision);
        } else {
            assertThatThrownBy(() -> Decision.take(decision, of(3), meeting, TODAY))
                    .isInstanceOf(DomainException.class)
                    .extracting("code")
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} voting, {1} present, votes {2}/{3}/{4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # voting | present | for | against | abstain | expected
            5        | 3       | 3   | 0       | 0       | ok
            5        | 2       | 2   | 0       | 0       | quorum-not-met
            2        | 2       | 2   | 0       | 0       | committee-not-constituted
            5        | 3       | 3   | 1       | 0       | votes-exceed-voters
            5        | 4       | 2   | 2       | 0       | votes-do-not-carry
            5        | 4       | 1   | 0       | 3       | ok
            """)
    void aMeetingDecidesWithQuorumAndConsistentVotes(
            int voting, int present, int inFavour, int against, int abstain, String expected) {
        Meeting meeting = attendedBy(present);
        Decision decision = inMeeting(
                draft(
                        DecisionSubject.USE_CASE,
                        DecisionOutcome.APPROVED,
                        null,
                        null,
                        new Votes(inFavour, against, abstain)),
                meeting);
        if (expected.equals("ok")) {
            assertThat(Decision.take(decision, of(voting), meeting, TODAY).writtenProcedure())
                    .isFalse();
        } else {
            assertThatThrownBy(() -> Decision.take(decision, of(voting), meeting, TODAY))
                    .isInstanceOf(DomainException.class)
                    .extracting("code")
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "written procedure allowed {0}, votes {1}/{2}/{3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # allowed | for | against | abstain | expected
            true      | 2   | 1       | 1       | ok
            true      | 3   | 0       | 0       | written-procedure-incomplete
            false     | 4   | 0       | 0       | written-procedure-not-allowed
            """)
    void aWrittenProcedureNeedsTheCharterAndEveryVotingMember(
            boolean allowed, int inFavour, int against, int abstain, String expected) {
        Charter charter = allowed ? Committees.writtenProcedure() : Charter.standard();
        Decision decision = draft(
                DecisionSubject.OTHER, DecisionOutcome.APPROVED, null, null, new Votes(inFavour, against, abstain));
        if (expected.equals("ok")) {
            assertThat(Decision.take(decision, of(4, charter), null, TODAY).writtenProcedure())
                    .isTrue();
        } else {
            assertThatThrownBy(() -> Decision.take(decision, of(4, charter), null, TODAY))
                    .isInstanceOf(DomainException.class)
                    .extracting("code")
                    .isEqualTo(expected);
        }
    }

    @Test
    void anApprovalWithConditionsStatesThem() {
        Meeting meeting = attendedBy(3);
        Decision decision = inMeeting(
                draft(
                        DecisionSubject.USE_CASE,
                        DecisionOutcome.APPROVED_WITH_CONDITIONS,
                        null,
                        null,
                        new Votes(3, 0, 0)),
                meeting);

        assertThatThrownBy(() -> Decision.take(decision, of(3), meeting, TODAY))
                .isInstanceOf(DomainException.class)
                .extracting("code")
                .isEqualTo("required");
    }
}
