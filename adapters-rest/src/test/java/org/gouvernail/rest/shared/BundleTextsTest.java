package org.gouvernail.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The texts people read: every key exists in French and English (Dutch is checked with the
 * catalogues in governance-app's LanguageFilesTest, where a missing text may fall back), and no text
 * formatted by MessageFormat (problems, policies) loses its apostrophes to it: a lone ' starts a
 * quote, so "committee's" would print "committees".
 */
class BundleTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"problems", "policies", "usecases", "vendor_checklist"})
    void frenchAndEnglishHoldTheSameKeys(String bundle) throws IOException {
        assertThat(load(bundle, "en").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(bundle, "fr").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"problems", "policies"})
    void noTextLosesItsApostrophes(String bundle) throws IOException {
        for (String language : List.of("fr", "en", "nl")) {
            Properties texts = load(bundle, language);
            List<String> broken = new ArrayList<>();
            for (String key : texts.stringPropertyNames()) {
                String withoutPairs = texts.getProperty(key)
                        .replace("''", "")
                        .replace("'{'", "")
                        .replace("'}'", "");
                if (withoutPairs.contains("'")) {
                    broken.add(bundle + "_" + language + ": " + key);
                }
            }
            assertThat(broken)
                    .as("texts with a lone apostrophe (write '' instead)")
                    .isEmpty();
        }
    }

    private static Properties load(String bundle, String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = BundleTextsTest.class.getResourceAsStream(
                "/org/gouvernail/rest/" + bundle + "_" + language + ".properties")) {
            assertThat(in).as(bundle + "_" + language).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
