package org.gouvernail.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedTest {

    private static final Localized WRITTEN_IN_FRENCH_AND_DUTCH =
            Localized.of(Map.of(Language.FR, "Bénévole", Language.NL, "Vrijwilliger"));

    @Test
    void aTextIsServedInTheLanguageItIsWrittenIn() {
        assertThat(WRITTEN_IN_FRENCH_AND_DUTCH.in(Language.NL)).isEqualTo("Vrijwilliger");
        assertThat(WRITTEN_IN_FRENCH_AND_DUTCH.servedIn(Language.NL)).isEqualTo(Language.NL);
    }

    @Test
    void aLanguageTheTextIsNotWrittenInGetsFrenchAndSaysSo() {
        assertThat(WRITTEN_IN_FRENCH_AND_DUTCH.in(Language.EN)).isEqualTo("Bénévole");
        assertThat(WRITTEN_IN_FRENCH_AND_DUTCH.servedIn(Language.EN)).isEqualTo(Language.FR);
        assertThat(WRITTEN_IN_FRENCH_AND_DUTCH.written(Language.EN)).isEmpty();
        assertThat(WRITTEN_IN_FRENCH_AND_DUTCH.en()).isEqualTo("Bénévole");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nl    | Vrijwilliger
            nl-BE | Vrijwilliger
            NL_be | Vrijwilliger
            fr-BE | Bénévole
            de    | Bénévole
            ''    | Bénévole
            """)
    void aLanguageTagIsReducedToALanguageOfThePlatform(String tag, String expected) {
        assertThat(WRITTEN_IN_FRENCH_AND_DUTCH.in(tag)).isEqualTo(expected);
    }

    @Test
    void aNullTagGetsFrench() {
        assertThat(WRITTEN_IN_FRENCH_AND_DUTCH.in((String) null)).isEqualTo("Bénévole");
    }

    @Test
    void frenchIsRequiredAndABlankTextCountsAsNotWritten() {
        assertThatThrownBy(() -> Localized.of(Map.of(Language.EN, "Volunteer")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Localized.of(Map.of(Language.FR, "  "))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Localized.of(Map.of(Language.FR, "Bénévole", Language.NL, " "))
                        .languages())
                .containsExactly(Language.FR);
    }

    @Test
    void theFrenchAndEnglishFactoryKeepsBoth() {
        Localized text = new Localized("Bénévole", "Volunteer");

        assertThat(text.fr()).isEqualTo("Bénévole");
        assertThat(text.en()).isEqualTo("Volunteer");
        assertThat(text).isEqualTo(Localized.of(Map.of(Language.EN, "Volunteer", Language.FR, "Bénévole")));
        assertThat(text.languages()).containsExactly(Language.FR, Language.EN);
    }

    @Test
    void aBundleFallsBackToFrenchKeyByKey() {
        TextBundle bundle = TextBundle.load(LocalizedTest.class, "sample");

        assertThat(bundle.text("greeting").in(Language.NL)).isEqualTo("Goedendag");
        assertThat(bundle.text("farewell").servedIn(Language.NL)).isEqualTo(Language.FR);
        assertThat(bundle.text("blank.elsewhere").servedIn(Language.NL)).isEqualTo(Language.FR);
        assertThat(bundle.text("greeting").servedIn(Language.EN)).isEqualTo(Language.FR);
        assertThat(bundle.optional("no.such.key")).isEmpty();
        assertThatThrownBy(() -> bundle.text("no.such.key"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no.such.key");
        assertThat(bundle.keys(Language.NL)).containsExactly("greeting");
    }

    @Test
    void aBundleWithoutItsFrenchFileFailsFast() {
        assertThatThrownBy(() -> TextBundle.load(LocalizedTest.class, "no-such-bundle"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-bundle_fr.properties");
    }

    @Test
    void addingALanguageIsOneConstant() {
        assertThat(Language.find("nl-BE")).contains(Language.NL);
        assertThat(Language.find("de")).isEmpty();
        assertThat(Language.of("de")).isEqualTo(Language.FALLBACK).isEqualTo(Language.FR);
        assertThat(Language.NL.code()).isEqualTo("nl");
    }
}
