package org.gouvernail.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ToolStatusTest {

    /** The whole 7 × 7 table: Y where a tool may move from the row's status to the column's without a decision. */
    @ParameterizedTest(name = "{0} → UNDER_REVIEW {1}, RETIRED {2}, others never")
    @CsvSource(delimiter = '|', textBlock = """
            # from                   | DECLARED | UNDER_REVIEW | APPROVED | APPROVED_WITH_CONDITIONS | RESTRICTED | FORBIDDEN | RETIRED
            DECLARED                 | N        | Y            | N        | N                        | N          | N         | Y
            UNDER_REVIEW             | N        | N            | N        | N                        | N          | N         | Y
            APPROVED                 | N        | N            | N        | N                        | N          | N         | Y
            APPROVED_WITH_CONDITIONS | N        | N            | N        | N                        | N          | N         | Y
            RESTRICTED               | N        | N            | N        | N                        | N          | N         | Y
            FORBIDDEN                | N        | N            | N        | N                        | N          | N         | Y
            RETIRED                  | N        | N            | N        | N                        | N          | N         | N
            """)
    void aToolMovesOnlyAsTheTransitionTableAllows(
            ToolStatus from,
            String declared,
            String underReview,
            String approved,
            String approvedWithConditions,
            String restricted,
            String forbidden,
            String retired) {
        String[] expected = {declared, underReview, approved, approvedWithConditions, restricted, forbidden, retired};
        ToolStatus[] targets = ToolStatus.values();
        assertThat(targets).hasSize(expected.length);
        for (int i = 0; i < targets.length; i++) {
            assertThat(from.canMoveTo(targets[i]))
                    .as("%s → %s", from, targets[i])
                    .isEqualTo("Y".equals(expected[i]));
        }
    }

    @Test
    void aToolUnderReviewCanOnlyBeRetired() {
        for (ToolStatus target : ToolStatus.values()) {
            assertThat(ToolStatus.UNDER_REVIEW.canMoveTo(target))
                    .as("UNDER_REVIEW → %s", target)
                    .isEqualTo(target == ToolStatus.RETIRED);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ToolStatus.class, names = "RETIRED", mode = EnumSource.Mode.EXCLUDE)
    void everyToolStillInUseCanBeRetired(ToolStatus from) {
        assertThat(from.canMoveTo(ToolStatus.RETIRED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ToolStatus.class)
    void aRetiredToolGoesNowhere(ToolStatus target) {
        assertThat(ToolStatus.RETIRED.canMoveTo(target)).isFalse();
    }

    @Test
    void onlyReviewAndRetirementAreAdministrativeMoves() {
        assertThat(ToolStatus.ADMINISTRATIVE_TARGETS)
                .containsExactlyInAnyOrder(ToolStatus.UNDER_REVIEW, ToolStatus.RETIRED);
    }
}
