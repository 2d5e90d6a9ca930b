package org.gouvernail.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskStatusTest {

    /** The whole 4 × 4 table: Y where a risk may move from the row's status to the column's. */
    @ParameterizedTest(name = "{0} → OPEN {1}, TREATING {2}, MONITORED {3}, CLOSED {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # from    | OPEN | TREATING | MONITORED | CLOSED
            OPEN      | N    | Y        | Y         | Y
            TREATING  | N    | N        | Y         | Y
            MONITORED | N    | Y        | N         | Y
            CLOSED    | Y    | N        | N         | N
            """)
    void aRiskMovesOnlyAsTheTransitionTableAllows(
            RiskStatus from, String open, String treating, String monitored, String closed) {
        String[] expected = {open, treating, monitored, closed};
        RiskStatus[] targets = RiskStatus.values();
        assertThat(targets).hasSize(expected.length);
        for (int i = 0; i < targets.length; i++) {
            assertThat(from.canMoveTo(targets[i]))
                    .as("%s → %s", from, targets[i])
                    .isEqualTo("Y".equals(expected[i]));
        }
    }
}
