package org.gouvernail.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DataCategoryTest {

    @Test
    void theScaleRunsFromPublicToVulnerableBeneficiaries() {
        assertThat(DataCategory.values())
                .containsExactly(
                        DataCategory.PUBLIC,
                        DataCategory.INTERNAL,
                        DataCategory.PERSONAL,
                        DataCategory.SENSITIVE,
                        DataCategory.BENEFICIARY_VULNERABLE);
    }

    @ParameterizedTest
    @EnumSource(DataCategory.class)
    void everyCategoryIsAtLeastItself(DataCategory category) {
        assertThat(category.atLeast(category)).isTrue();
    }

    @ParameterizedTest(name = "{0} at least PERSONAL: {1}")
    @CsvSource({"PUBLIC, false", "INTERNAL, false", "PERSONAL, true", "SENSITIVE, true", "BENEFICIARY_VULNERABLE, true"
    })
    void personalOrAboveMeansPersonalSensitiveOrVulnerableBeneficiaries(
            DataCategory category, boolean personalOrAbove) {
        assertThat(category.atLeast(DataCategory.PERSONAL)).isEqualTo(personalOrAbove);
    }

    @ParameterizedTest
    @EnumSource(DataCategory.class)
    void everythingIsAtLeastPublicAndOnlyVulnerableBeneficiariesAreAtTheTop(DataCategory category) {
        assertThat(category.atLeast(DataCategory.PUBLIC)).isTrue();
        assertThat(category.atLeast(DataCategory.BENEFICIARY_VULNERABLE))
                .isEqualTo(category == DataCategory.BENEFICIARY_VULNERABLE);
    }
}
