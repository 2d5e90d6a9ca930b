package org.gouvernail.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.inventory.ImportReport.RowProblem;
import org.gouvernail.domain.shared.DataCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToolRowsTest {

    private static ToolRow row(String... keysAndValues) {
        Map<String, String> values =
                new HashMap<>(Map.of("name", "DeepL", "category", "TRANSLATION", "accountType", "PROFESSIONAL"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new ToolRow(7, values);
    }

    @Test
    void codesAreReadInAnyCaseWithSpacesOrDashes() {
        List<RowProblem> problems = new ArrayList<>();
        Optional<ToolDetails> details = ToolRows.read(
                row(
                        "accountType",
                        "personal free",
                        "hostingRegion",
                        "united-states",
                        "dataCategories",
                        "personal | beneficiary vulnerable"),
                problems);

        assertThat(problems).isEmpty();
        assertThat(details.orElseThrow().accountType()).isEqualTo(AccountType.PERSONAL_FREE);
        assertThat(details.orElseThrow().dataCategories())
                .containsExactly(DataCategory.PERSONAL, DataCategory.BENEFICIARY_VULNERABLE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1 234,50|1234.50", "99.9|99.90", "0|0.00"})
    void costsAcceptADecimalCommaAndThousandsSpaces(String written, String expected) {
        assertThat(ToolRows.read(row("yearlyCostEur", written), new ArrayList<>())
                        .orElseThrow()
                        .yearlyCostEur())
                .isEqualTo(new BigDecimal(expected));
    }

    @Test
    void everyProblemOfTheRowIsReportedWithItsLine() {
        List<RowProblem> problems = new ArrayList<>();
        Optional<ToolDetails> details = ToolRows.read(
                row(
                        "category",
                        "MAGIC",
                        "dataCategories",
                        "PUBLIC|SECRET",
                        "estimatedUsers",
                        "many",
                        "yearlyCostEur",
                        "cheap"),
                problems);

        assertThat(details).isEmpty();
        assertThat(problems)
                .extracting(RowProblem::field)
                .containsExactlyInAnyOrder("category", "dataCategories", "estimatedUsers", "yearlyCostEur");
        assertThat(problems).extracting(RowProblem::line).containsOnly(7);
    }

    @Test
    void aMissingNameIsReportedAsTheDomainWordsIt() {
        List<RowProblem> problems = new ArrayList<>();
        ToolRows.read(row("name", " "), problems);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("name");
            assertThat(problem.code()).isEqualTo("required");
        });
    }
}
