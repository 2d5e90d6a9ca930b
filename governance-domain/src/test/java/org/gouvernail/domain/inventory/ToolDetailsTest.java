package org.gouvernail.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aMinimalTool;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ToolDetailsTest {

    private static ToolDetails named(String name) {
        return aMinimalTool().named(name).build();
    }

    private static ToolDetails vendor(String vendor) {
        return aMinimalTool().withVendor(vendor).build();
    }

    private static ToolDetails description(String description) {
        return aMinimalTool().withDescription(description).build();
    }

    private static ToolDetails teams(List<String> teams) {
        return aMinimalTool().usedBy(teams).build();
    }

    private static ToolDetails users(Integer users) {
        return aMinimalTool().withEstimatedUsers(users).build();
    }

    private static ToolDetails costing(String yearlyCostEur) {
        return aMinimalTool().costing(new BigDecimal(yearlyCostEur)).build();
    }

    private static void assertInvalid(Runnable construction, String field, String code) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void aToolNeedsAName() {
        assertInvalid(() -> named(null), "name", "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aToolNameCannotBeBlank(String name) {
        assertInvalid(() -> named(name), "name", "blank");
    }

    @Test
    void aToolNameIsTrimmed() {
        assertThat(named("  ChatGPT  ").name()).isEqualTo("ChatGPT");
    }

    @Test
    void aToolNameMayHoldExactly200Characters() {
        assertThat(named("n".repeat(200)).name()).hasSize(200);
    }

    @Test
    void aToolNameOf201CharactersIsTooLong() {
        assertInvalid(() -> named("n".repeat(201)), "name", "too-long");
    }

    @Test
    void theVendorIsOptionalButNotBlankNorLongerThan200Characters() {
        assertThat(vendor(null).vendor()).isNull();
        assertThat(vendor("v".repeat(200)).vendor()).hasSize(200);
        assertInvalid(() -> vendor(" "), "vendor", "blank");
        assertInvalid(() -> vendor("v".repeat(201)), "vendor", "too-long");
    }

    @Test
    void theDescriptionMayHoldUpTo2000Characters() {
        assertThat(description("d".repeat(2_000)).description()).hasSize(2_000);
        assertInvalid(() -> description("d".repeat(2_001)), "description", "too-long");
    }

    @Test
    void aToolNeedsACategoryAndAnAccountType() {
        assertInvalid(() -> aMinimalTool().inCategory(null).build(), "category", "required");
        assertInvalid(() -> aMinimalTool().withAccount(null).build(), "accountType", "required");
    }

    @Test
    void anUnstatedHostingRegionIsUnknownAndNoDataCategoryMeansNone() {
        ToolDetails details = named("X");

        assertThat(details.hostingRegion()).isEqualTo(HostingRegion.UNKNOWN);
        assertThat(details.dataCategories()).isEmpty();
        assertThat(details.teams()).isEmpty();
        assertThat(details.highestDataCategory()).isEqualTo(DataCategory.PUBLIC);
    }

    @Test
    void theHighestDataCategoryIsTheMostProtectedOneTouched() {
        ToolDetails details = aMinimalTool()
                .withData(EnumSet.of(DataCategory.INTERNAL, DataCategory.SENSITIVE, DataCategory.PERSONAL))
                .build();

        assertThat(details.highestDataCategory()).isEqualTo(DataCategory.SENSITIVE);
    }

    @Test
    void teamsAreTrimmedAndDeDuplicatedInTheOrderGiven() {
        assertThat(teams(List.of(" Communication ", "Fundraising", "Communication", "  Fundraising"))
                        .teams())
                .containsExactly("Communication", "Fundraising");
    }

    @Test
    void aTeamCannotBeBlankNorMissing() {
        assertInvalid(() -> teams(List.of("Communication", "  ")), "teams", "blank");
        assertInvalid(() -> teams(Arrays.asList("Communication", null)), "teams", "required");
    }

    @Test
    void aTeamNameMayHoldUpTo100Characters() {
        assertThat(teams(List.of("t".repeat(100))).teams()).containsExactly("t".repeat(100));
        assertInvalid(() -> teams(List.of("t".repeat(101))), "teams", "too-long");
    }

    @Test
    void aToolIsUsedByAtMost50Teams() {
        List<String> fifty = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            fifty.add("Team " + i);
        }
        assertThat(teams(fifty).teams()).hasSize(50);

        List<String> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add("Team 51");
        assertInvalid(() -> teams(fiftyOne), "teams", "too-many");
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "1000000"})
    void estimatedUsersLieBetweenNoneAndAMillion(int users) {
        assertThat(users(users).estimatedUsers()).isEqualTo(users);
    }

    @ParameterizedTest
    @CsvSource({"-1", "1000001"})
    void estimatedUsersOutsideThatRangeAreRefused(int users) {
        assertInvalid(() -> users(users), "estimatedUsers", "out-of-range");
    }

    @ParameterizedTest
    @NullSource
    void anUnknownUserCountIsAllowed(Integer users) {
        assertThat(users(users).estimatedUsers()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "19.99", "240", "100000000", "100000000.00"})
    void aYearlyCostIsInEurosAndCentsUpToAHundredMillion(String cost) {
        assertThat(costing(cost).yearlyCostEur()).isEqualByComparingTo(cost);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-1", "100000000.01", "100000001", "19.999", "0.001"})
    void aNegativeTooLargeOrSubCentYearlyCostIsRefused(String cost) {
        assertInvalid(() -> costing(cost), "yearlyCostEur", "out-of-range");
    }

    @Test
    void dataCategoriesAndTeamsCannotBeChangedAfterwards() {
        ToolDetails details = aMinimalTool()
                .withData(EnumSet.of(DataCategory.PERSONAL))
                .usedBy(new ArrayList<>(List.of("A")))
                .build();

        assertThatThrownBy(() -> details.dataCategories().add(DataCategory.PUBLIC))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> details.teams().add("B")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(details.dataCategories()).isEqualTo(Set.of(DataCategory.PERSONAL));
        assertThat(details.teams()).containsExactly("A");
    }
}
