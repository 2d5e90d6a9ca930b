package org.gouvernail.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.gouvernail.domain.policy.PolicyTemplate;
import org.gouvernail.domain.policy.PolicyTemplates;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.rest.shared.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every language of the platform has every text French has, in every file of texts, except the
 * texts explicitly allowed to fall back to French below (each with why); no language has a key
 * French does not (a typo would silently fall back). Adding a language fails here until its files
 * are written, and tells which keys are missing.
 */
class LanguageFilesTest {

    /** The files of texts: .properties bundles, by resource path without "_<code>.properties". */
    private static final List<String> BUNDLES = List.of(
            "org/gouvernail/domain/risk/risk-catalogue",
            "org/gouvernail/domain/usecase/use-case-catalogue",
            "org/gouvernail/domain/usecase/ai-act-questionnaire",
            "org/gouvernail/domain/usecase/dpia-questionnaire",
            "org/gouvernail/domain/policy/templates/policy-templates",
            "org/gouvernail/domain/training/training-catalogue",
            "org/gouvernail/domain/readiness/readiness",
            "org/gouvernail/rest/problems",
            "org/gouvernail/rest/policies",
            "org/gouvernail/rest/usecases",
            "org/gouvernail/rest/vendor_checklist");

    /**
     * Texts a language may leave to French for now. Dutch: the starter policies' rules, full text
     * and summary are the organisation's future policy; they are translated once a lawyer or a
     * data protection referent has reviewed the Dutch, not before.
     */
    private static final Map<Language, List<Pattern>> MAY_FALL_BACK = Map.of(
            Language.NL,
            List.of(
                    Pattern.compile(
                            "org/gouvernail/domain/policy/templates/policy-templates: .+\\.(category|activity)\\..+\\.(conditions|rationale)"),
                    Pattern.compile("org/gouvernail/domain/policy/templates/.+\\.(body|summary)\\.[a-z]{2}\\.md"),
                    // the training catalogue's prose waits for a Dutch-speaking trainer; its titles are translated
                    Pattern.compile(
                            "org/gouvernail/domain/training/training-catalogue: .+\\.(summary|easy-summary|objectives|outline)")));

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "FR", mode = EnumSource.Mode.EXCLUDE)
    void everyLanguageHasEveryTextOfFrenchOrMayFallBack(Language language) throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Set<String> french = load(bundle, Language.FR).stringPropertyNames();
            Set<String> written = load(bundle, language).stringPropertyNames();
            new TreeSet<>(french)
                    .stream()
                            .filter(key -> !written.contains(key))
                            .map(key -> bundle + ": " + key)
                            .filter(key -> !mayFallBack(language, key))
                            .forEach(missing::add);
            new TreeSet<>(written)
                    .stream()
                            .filter(key -> !french.contains(key))
                            .map(key -> bundle + ": " + key)
                            .forEach(unknown::add);
        }
        for (PolicyTemplate template : PolicyTemplates.all()) {
            for (String part : List.of("body", "summary")) {
                String file = "org/gouvernail/domain/policy/templates/" + template.id() + "." + part + "."
                        + language.code() + ".md";
                if (getClass().getClassLoader().getResource(file) == null && !mayFallBack(language, file)) {
                    missing.add(file);
                }
            }
        }

        assertThat(missing)
                .as("texts missing in " + language.code() + " (write them, or allow them to fall back to French here)")
                .isEmpty();
        assertThat(unknown)
                .as("keys of " + language.code() + " that French does not have")
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theJsonOfTextsAndTheValidationMessagesKnowEveryLanguage(Language language) throws IOException {
        assertThat(Arrays.stream(LocalizedText.class.getRecordComponents()).map(component -> component.getName()))
                .as("LocalizedText has a property per language")
                .contains(language.code());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            Properties configuration = new Properties();
            configuration.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertThat(configuration.getProperty("quarkus.locales").split(","))
                    .as("quarkus.locales")
                    .contains(language.code());
        }
    }

    private static boolean mayFallBack(Language language, String key) {
        return MAY_FALL_BACK.getOrDefault(language, List.of()).stream()
                .anyMatch(pattern -> pattern.matcher(key).matches());
    }

    private static Properties load(String bundle, Language language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = LanguageFilesTest.class
                .getClassLoader()
                .getResourceAsStream(bundle + "_" + language.code() + ".properties")) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
