package org.gouvernail.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuadrantTest {

    /** The whole 5 × 5 matrix: row = impact, column = complexity. */
    @ParameterizedTest(name = "impact {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # impact | c=1       | c=2       | c=3           | c=4           | c=5
            1        | FILL_IN   | FILL_IN   | AVOID         | AVOID         | AVOID
            2        | FILL_IN   | FILL_IN   | AVOID         | AVOID         | AVOID
            3        | QUICK_WIN | QUICK_WIN | MAJOR_PROJECT | MAJOR_PROJECT | MAJOR_PROJECT
            4        | QUICK_WIN | QUICK_WIN | MAJOR_PROJECT | MAJOR_PROJECT | MAJOR_PROJECT
            5        | QUICK_WIN | QUICK_WIN | MAJOR_PROJECT | MAJOR_PROJECT | MAJOR_PROJECT
            """)
    void everyCellOfTheMatrix(int impact, Quadrant c1, Quadrant c2, Quadrant c3, Quadrant c4, Quadrant c5) {
        Quadrant[] expected = {c1, c2, c3, c4, c5};
        for (int complexity = 1; complexity <= 5; complexity++) {
            assertThat(Quadrant.of(impact, complexity))
                    .as("impact %d, complexity %d", impact, complexity)
                    .isEqualTo(expected[complexity - 1]);
        }
    }

    /** Rounded mean, half up: the boundary between 2 and 3 lies at a mean of 2.5. */
    @ParameterizedTest(name = "impact {0},{1},{2},{3} → {4}")
    @CsvSource({
        "1, 1, 1, 1, 1",
        "2, 2, 3, 3, 3",
        "2, 2, 2, 3, 2",
        "3, 3, 3, 2, 3",
        "1, 2, 2, 2, 2",
        "5, 5, 5, 4, 5",
        "4, 4, 5, 5, 5",
        "4, 4, 4, 5, 4"
    })
    void theImpactScoreIsTheMeanRoundedHalfUp(int time, int quality, int reach, int mission, int score) {
        assertThat(new ImpactCriteria(time, quality, reach, mission).score()).isEqualTo(score);
    }

    @ParameterizedTest(name = "complexity {0},{1},{2},{3},{4} → {5}")
    @CsvSource({
        "1, 1, 1, 1, 1, 1",
        "2, 2, 2, 3, 3, 2",
        "2, 2, 3, 3, 3, 3",
        "1, 1, 1, 1, 3, 1",
        "1, 1, 1, 2, 3, 2",
        "5, 5, 5, 5, 5, 5",
        "4, 4, 5, 5, 5, 5"
    })
    void theComplexityScoreIsTheMeanRoundedHalfUp(
            int data, int integration, int skills, int cost, int change, int score) {
        assertThat(new ComplexityCriteria(data, integration, skills, cost, change).score())
                .isEqualTo(score);
    }

    @Test
    void aScoreOutsideOneToFiveIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> new ImpactCriteria(0, 3, 3, 3))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("impact.timeSaved");
        assertThatThrownBy(() -> new ComplexityCriteria(3, 3, 3, 3, 6))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("complexity.changeManagement");
        assertThatThrownBy(() -> Quadrant.of(3, 0)).isInstanceOf(InvalidInput.class);
    }
}
