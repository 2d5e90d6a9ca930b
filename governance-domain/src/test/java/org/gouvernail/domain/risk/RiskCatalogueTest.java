package org.gouvernail.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.Localized;
import org.junit.jupiter.api.Test;

class RiskCatalogueTest {

    @Test
    void theCatalogueHoldsAtLeastFifteenDistinctEntriesInBothLanguages() {
        assertThat(RiskCatalogue.ENTRIES).hasSizeGreaterThanOrEqualTo(15);
        assertThat(RiskCatalogue.ENTRIES)
                .extracting(CatalogueEntry::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("R[0-9]{2}"));
        for (CatalogueEntry entry : RiskCatalogue.ENTRIES) {
            for (Localized text : new Localized[] {entry.title(), entry.description()}) {
                assertThat(text.fr()).as(entry.id()).isNotBlank().isNotEqualTo(text.en());
                assertThat(text.en()).as(entry.id()).isNotBlank();
            }
            assertThat(entry.title().fr().length()).as(entry.id()).isLessThanOrEqualTo(Check.NAME_LENGTH);
            assertThat(entry.title().en().length()).as(entry.id()).isLessThanOrEqualTo(Check.NAME_LENGTH);
            assertThat(entry.description().fr().length()).as(entry.id()).isLessThanOrEqualTo(Check.SHORT_TEXT_LENGTH);
            assertThat(entry.suggestedActions())
                    .as(entry.id())
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(a.fr().length()).isLessThanOrEqualTo(Check.NAME_LENGTH));
        }
        assertThat(RiskCatalogue.ENTRIES).extracting(CatalogueEntry::category).contains(RiskCategory.values());
    }

    @Test
    void aDraftFromTheCatalogueTakesTheEntryInTheOrganisationsLanguage() {
        RiskDraft draft = new RiskDraft("R01", null, null, null, null, null, null, null, null, null, true);

        RiskDetails french = draft.details("fr-BE");
        RiskDetails english = draft.details("en");

        assertThat(french.title()).isEqualTo("Données de bénéficiaires collées dans un chatbot public");
        assertThat(english.title()).isEqualTo("Beneficiary data pasted into a public chatbot");
        assertThat(french.category()).isEqualTo(RiskCategory.PRIVACY);
        assertThat(french.inherent()).isEqualTo(new Rating(4, 5));
        assertThat(draft.suggestedActions("fr")).hasSize(3).first().asString().startsWith("Interdire");
    }

    @Test
    void theFieldsOfTheDraftOverrideTheEntry() {
        RiskDraft draft = new RiskDraft(
                "R04",
                "ChatGPT gratuit pour les subsides",
                null,
                null,
                2,
                null,
                Treatment.TRANSFER,
                Set.of(),
                null,
                null,
                false);

        RiskDetails details = draft.details("fr");

        assertThat(details.title()).isEqualTo("ChatGPT gratuit pour les subsides");
        assertThat(details.description()).startsWith("Un travail essentiel");
        assertThat(details.inherent()).isEqualTo(new Rating(2, 3));
        assertThat(details.treatment()).isEqualTo(Treatment.TRANSFER);
        assertThat(draft.suggestedActions("fr")).isEmpty();
    }

    @Test
    void anUnknownEntryIsAFieldError() {
        RiskDraft draft = new RiskDraft("R99", null, null, null, null, null, null, null, null, null, true);

        assertThatThrownBy(() -> draft.details("fr"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).code()).isEqualTo("unknown-entry"))
                .extracting("field")
                .isEqualTo("fromCatalogue");
    }

    @Test
    void withoutTheCatalogueTitleCategoryAndRatingAreRequired() {
        RiskDraft draft = new RiskDraft(null, "Titre", null, null, 3, 3, null, null, null, null, true);

        assertThatThrownBy(() -> draft.details("fr"))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("category");
    }
}
