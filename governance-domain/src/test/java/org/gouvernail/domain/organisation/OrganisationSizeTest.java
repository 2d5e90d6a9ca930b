package org.gouvernail.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationSizeTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "3, 40", "1000000, 1000000", ", 12", "7, "})
    void anOrganisationCountsFromNoneToAMillionPeopleOrDoesNotSay(Integer staff, Integer volunteers) {
        OrganisationSize size = new OrganisationSize(staff, volunteers);

        assertThat(size.staff()).isEqualTo(staff);
        assertThat(size.volunteers()).isEqualTo(volunteers);
    }

    @ParameterizedTest
    @CsvSource({"-1, 0, size.staff", "1000001, 0, size.staff", "0, -1, size.volunteers", "0, 1000001, size.volunteers"})
    void aNegativeOrImplausibleHeadcountIsRefused(Integer staff, Integer volunteers, String field) {
        assertThatThrownBy(() -> new OrganisationSize(staff, volunteers))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.code()).isEqualTo("out-of-range");
                });
    }

    @Test
    void anUnknownSizeSaysNothing() {
        assertThat(OrganisationSize.unknown()).isEqualTo(new OrganisationSize(null, null));
    }
}
