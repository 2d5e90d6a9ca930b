package org.gouvernail.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingTest {

    /** The whole 5 × 5 grid: the level of each likelihood (row) × severity (column); the score is their product. */
    @ParameterizedTest(name = "likelihood {0}: {1} {2} {3} {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # likelihood | severity 1 | 2      | 3        | 4        | 5
            1            | LOW        | LOW    | LOW      | LOW      | MEDIUM
            2            | LOW        | LOW    | MEDIUM   | MEDIUM   | HIGH
            3            | LOW        | MEDIUM | MEDIUM   | HIGH     | HIGH
            4            | LOW        | MEDIUM | HIGH     | HIGH     | CRITICAL
            5            | MEDIUM     | HIGH   | HIGH     | CRITICAL | CRITICAL
            """)
    void everyCellOfTheGridHasItsScoreAndLevel(
            int likelihood, RiskLevel s1, RiskLevel s2, RiskLevel s3, RiskLevel s4, RiskLevel s5) {
        RiskLevel[] expected = {s1, s2, s3, s4, s5};
        for (int severity = 1; severity <= 5; severity++) {
            Rating rating = new Rating(likelihood, severity);
            assertThat(rating.score()).as("%d × %d", likelihood, severity).isEqualTo(likelihood * severity);
            assertThat(rating.level()).as("%d × %d", likelihood, severity).isEqualTo(expected[severity - 1]);
        }
    }

    @ParameterizedTest
    @CsvSource({"1, LOW", "4, LOW", "5, MEDIUM", "9, MEDIUM", "10, HIGH", "16, HIGH", "20, CRITICAL", "25, CRITICAL"})
    void theBandsAreLow1To4Medium5To9High10To16Critical20To25(int score, RiskLevel level) {
        assertThat(RiskLevel.of(score)).isEqualTo(level);
        assertThat(level.minScore()).isLessThanOrEqualTo(score);
        assertThat(level.maxScore()).isGreaterThanOrEqualTo(score);
    }

    @Test
    void onlyHighAndCriticalNeedTheCommitteeToBeAccepted() {
        assertThat(RiskLevel.LOW.needsCommitteeToAccept()).isFalse();
        assertThat(RiskLevel.MEDIUM.needsCommitteeToAccept()).isFalse();
        assertThat(RiskLevel.HIGH.needsCommitteeToAccept()).isTrue();
        assertThat(RiskLevel.CRITICAL.needsCommitteeToAccept()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"0, 3, likelihood", "6, 3, likelihood", "3, 0, severity", "3, 6, severity"})
    void aRatingOutsideOneToFiveIsRefused(int likelihood, int severity, String field) {
        assertThatThrownBy(() -> new Rating(likelihood, severity))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo(field);
    }
}
