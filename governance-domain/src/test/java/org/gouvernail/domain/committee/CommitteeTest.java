package org.gouvernail.domain.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.committee.Committees.TODAY;
import static org.gouvernail.domain.committee.Committees.attendedBy;
import static org.gouvernail.domain.committee.Committees.of;

import java.time.LocalDate;
import java.util.List;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitteeTest {

    @ParameterizedTest(name = "{0} voting members, charter {1}-{2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # voting | min | max | expected
            0        | 3   | 5   | not-constituted
            2        | 3   | 5   | not-constituted
            3        | 3   | 5   | constituted
            5        | 3   | 5   | constituted
            6        | 3   | 5   | committee-full
            9        | 3   | 9   | constituted
            10       | 3   | 9   | committee-full
            """)
    void theCharterSetsTheSize(int voting, int min, int max, String expected) {
        Charter charter = new Charter(null, MeetingFrequency.MONTHLY, false, QuorumRule.MAJORITY, min, max);
        if (expected.equals("committee-full")) {
            assertThatThrownBy(() -> of(voting, charter))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo(expected);
        } else {
            assertThat(of(voting, charter).constituted(TODAY)).isEqualTo(expected.equals("constituted"));
        }
    }

    @Test
    void aCommitteeBelowItsMinimumCannotDecide() {
        assertThatThrownBy(() -> of(2).requireConstituted(TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("committee-not-constituted");
    }

    @Test
    void aCharterAllowsAtMostNineVotingMembers() {
        assertThatThrownBy(() -> new Charter(null, null, false, null, 3, 10)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Charter(null, null, false, null, 6, 5)).isInstanceOf(InvalidInput.class);
    }

    @ParameterizedTest(name = "{0} voting, {1} present, {2}: quorum {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # voting | present | rule       | quorate
            3        | 1       | MAJORITY   | false
            3        | 2       | MAJORITY   | true
            4        | 2       | MAJORITY   | false
            4        | 3       | MAJORITY   | true
            5        | 3       | MAJORITY   | true
            5        | 3       | TWO_THIRDS | false
            5        | 4       | TWO_THIRDS | true
            6        | 4       | TWO_THIRDS | true
            2        | 2       | MAJORITY   | false
            """)
    void theQuorumIsComputedFromAttendance(int voting, int present, QuorumRule rule, boolean quorate) {
        Committee committee = of(voting, new Charter(null, null, false, rule, 2 + (voting == 2 ? 1 : 0), 9));

        assertThat(attendedBy(present).quorate(committee)).isEqualTo(quorate);
    }

    @Test
    void aMemberOutsideTheirMandateDoesNotVote() {
        CommitteeMember ended = new CommitteeMember(
                Committees.member(9),
                CommitteeRole.SECRETARY,
                true,
                LocalDate.parse("2024-01-01"),
                LocalDate.parse("2025-12-31"));
        CommitteeMember nonVoting =
                new CommitteeMember(Committees.member(8), CommitteeRole.DATA_REFERENT, false, null, null);
        Committee committee = new Committee(
                Committees.ORGANISATION,
                Charter.standard(),
                List.of(Committees.seats(2).get(0), Committees.seats(2).get(1), ended, nonVoting),
                0);

        assertThat(committee.votingMembers(TODAY)).hasSize(2);
        assertThat(committee.constituted(TODAY)).isFalse();
        assertThat(committee.constituted(LocalDate.parse("2025-06-01"))).isTrue();
    }

    @Test
    void aMemberIsSeatedOnlyOnce() {
        assertThatThrownBy(() -> new Committee(
                        Committees.ORGANISATION,
                        null,
                        List.of(Committees.seats(1).get(0), Committees.seats(1).get(0)),
                        0))
                .isInstanceOf(InvalidInput.class);
    }
}
