package org.gouvernail.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UseCaseCatalogueTest {

    @Test
    void theCatalogueHoldsAtLeastTwelveEntriesWithDistinctIdsInBothLanguages() {
        List<CatalogueEntry> entries = UseCaseCatalogue.entries();

        assertThat(entries).hasSizeGreaterThanOrEqualTo(12);
        assertThat(entries)
                .extracting(CatalogueEntry::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        for (CatalogueEntry entry : entries) {
            assertThat(entry.title().fr())
                    .as(entry.id())
                    .isNotBlank()
                    .isNotEqualTo(entry.title().en())
                    .hasSizeLessThanOrEqualTo(200);
            assertThat(entry.description().en()).as(entry.id()).isNotBlank().hasSizeLessThanOrEqualTo(2000);
            assertThat(entry.humanOversight().fr()).as(entry.id()).isNotBlank();
        }
    }

    /** The suggested scores put each typical use where the advice to associations puts it. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "social-media-posts, QUICK_WIN, false",
        "meeting-summaries, QUICK_WIN, false",
        "translation, QUICK_WIN, false",
        "grant-application-drafts, QUICK_WIN, false",
        "easy-to-read-texts, QUICK_WIN, false",
        "event-visuals, FILL_IN, false",
        "spreadsheet-help, FILL_IN, false",
        "activity-report-analysis, MAJOR_PROJECT, false",
        "internal-knowledge-assistant, MAJOR_PROJECT, false",
        "automated-beneficiary-decisions, AVOID, true",
        "public-chatbot-without-resources, AVOID, true",
        "case-notes-in-public-tool, AVOID, true",
        "volunteer-cv-screening, AVOID, true"
    })
    void quickWinsAndTraps(String id, Quadrant quadrant, boolean trap) {
        CatalogueEntry entry = UseCaseCatalogue.find(id).orElseThrow();

        assertThat(entry.quadrant()).isEqualTo(quadrant);
        assertThat(entry.trap()).isEqualTo(trap);
    }

    /**
     * Letters to beneficiaries carry their names and situations, and attendance lists or survey
     * answers are personal data until aggregated or truly anonymised (GDPR art. 4(1), recital 26):
     * both entries are tagged PERSONAL, and no entry speaks of "anonymised" data while tagging it so.
     */
    @ParameterizedTest(name = "{0} is tagged PERSONAL")
    @CsvSource({"translation", "activity-report-analysis"})
    void entriesHandlingBeneficiariesDataAreTaggedPersonal(String id) {
        CatalogueEntry entry = UseCaseCatalogue.find(id).orElseThrow();

        assertThat(entry.dataCategories()).contains(org.gouvernail.domain.shared.DataCategory.PERSONAL);
    }

    @Test
    void anEntrySpeakingOfAnonymisedDataIsStillTaggedPersonal() {
        for (CatalogueEntry entry : UseCaseCatalogue.entries()) {
            if (entry.description().en().toLowerCase(java.util.Locale.ROOT).contains("anonymis")) {
                assertThat(entry.dataCategories())
                        .as(entry.id())
                        .contains(org.gouvernail.domain.shared.DataCategory.PERSONAL);
                assertThat(entry.description().en()).as(entry.id()).contains("recital 26");
            }
        }
    }
}
