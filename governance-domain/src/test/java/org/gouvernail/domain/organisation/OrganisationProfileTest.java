package org.gouvernail.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;

import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationProfileTest {

    private static OrganisationProfile named(String name) {
        return anOrganisation().named(name).build();
    }

    private static OrganisationProfile slug(String slug) {
        return anOrganisation().withSlug(slug).build();
    }

    private static OrganisationProfile country(String country) {
        return anOrganisation().in(country).build();
    }

    private static OrganisationProfile locale(String locale) {
        return anOrganisation().speaking(locale).build();
    }

    private static void assertInvalid(Runnable construction, String field, String code) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void anOrganisationNeedsAName() {
        assertInvalid(() -> named(null), "name", "required");
        assertInvalid(() -> named(" "), "name", "blank");
    }

    @Test
    void anOrganisationNameMayHoldExactly200Characters() {
        assertThat(named("n".repeat(200)).name()).hasSize(200);
        assertInvalid(() -> named("n".repeat(201)), "name", "too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"entraide", "entraide-bruxelles", "asbl-2025", "a", "croix-rouge-de-belgique"})
    void aSlugIsLowerCaseWordsAndDigitsJoinedByHyphens(String slug) {
        assertThat(slug(slug).slug()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Entraide",
                "entraide_bruxelles",
                "-entraide",
                "entraide-",
                "entraide--bruxelles",
                "entraide bruxelles",
                "économie"
            })
    void aSlugThatCannotSitInAUrlIsRefused(String slug) {
        assertInvalid(() -> slug(slug), "slug", "pattern");
    }

    @Test
    void aSlugIsRequiredAndNotBlank() {
        assertInvalid(() -> slug(null), "slug", "required");
        assertInvalid(() -> slug("  "), "slug", "blank");
    }

    @Test
    void aSlugMayHoldExactly60Characters() {
        assertThat(slug("s".repeat(60)).slug()).hasSize(60);
        assertInvalid(() -> slug("s".repeat(61)), "slug", "too-long");
    }

    @ParameterizedTest
    @CsvSource({"BE, BE", "be, BE", "' fr ', FR", "Lu, LU"})
    void aCountryIsATwoLetterIsoCodeInCapitals(String given, String stored) {
        assertThat(country(given).country()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BEL", "B", "", "  ", "B1", "Belgique"})
    void aCountryThatIsNoTwoLetterCodeIsRefused(String country) {
        assertInvalid(() -> country(country), "country", "pattern");
    }

    @Test
    void aCountryIsRequired() {
        assertInvalid(() -> country(null), "country", "required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en", "fr-BE", "nl-BE", "de-LU"})
    void aLocaleIsALanguageWithAnOptionalRegion(String locale) {
        assertThat(locale(locale).locale()).isEqualTo(locale);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR", "fr_BE", "fr-be", "fra", "f", "", "français"})
    void aLocaleInAnotherShapeIsRefused(String locale) {
        assertInvalid(() -> locale(locale), "locale", "pattern");
    }

    @Test
    void anUnstatedLocaleIsFrenchAndAnUnstatedSizeIsUnknown() {
        OrganisationProfile profile =
                anOrganisation().speaking(null).ofSize(null).build();

        assertThat(profile.locale()).isEqualTo("fr");
        assertThat(profile.size()).isEqualTo(OrganisationSize.unknown());
    }
}
