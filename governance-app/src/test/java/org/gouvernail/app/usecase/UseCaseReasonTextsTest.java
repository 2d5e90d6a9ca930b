package org.gouvernail.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.gouvernail.domain.usecase.AiActAnswers;
import org.gouvernail.domain.usecase.AnnexIIIArea;
import org.gouvernail.domain.usecase.Article35Case;
import org.gouvernail.domain.usecase.Article63Exception;
import org.gouvernail.domain.usecase.DpiaAnswers;
import org.gouvernail.domain.usecase.DpiaCriterion;
import org.gouvernail.domain.usecase.OperatorRole;
import org.gouvernail.domain.usecase.ProhibitedPractice;
import org.gouvernail.domain.usecase.Reason;
import org.gouvernail.domain.usecase.TransparencyDuty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every reason the classification and the screening can give has words in French and in English. */
class UseCaseReasonTextsTest {

    private static Set<String> everyReasonKey() {
        Set<String> keys = new LinkedHashSet<>();
        for (ProhibitedPractice practice : ProhibitedPractice.values()) {
            add(
                    keys,
                    AiActAnswers.fromVersion1(
                            Set.of(practice), Set.of(), Set.of(), false, Set.of(), false, OperatorRole.DEPLOYER));
        }
        for (OperatorRole role : OperatorRole.values()) {
            add(
                    keys,
                    AiActAnswers.fromVersion1(
                            Set.of(),
                            EnumSet.allOf(AnnexIIIArea.class),
                            Set.of(Article63Exception.PREPARATORY_TASK),
                            true,
                            Set.of(),
                            false,
                            role));
        }
        add(
                keys,
                AiActAnswers.fromVersion1(
                        Set.of(),
                        Set.of(AnnexIIIArea.A3),
                        EnumSet.allOf(Article63Exception.class),
                        false,
                        EnumSet.allOf(TransparencyDuty.class),
                        true,
                        OperatorRole.DEPLOYER));
        add(
                keys,
                AiActAnswers.fromVersion1(
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        false,
                        EnumSet.allOf(TransparencyDuty.class),
                        false,
                        OperatorRole.DEPLOYER));
        add(keys, AiActAnswers.none());
        for (DpiaAnswers answers : new DpiaAnswers[] {
            new DpiaAnswers(EnumSet.allOf(Article35Case.class), EnumSet.allOf(DpiaCriterion.class)),
            new DpiaAnswers(Set.of(), EnumSet.of(DpiaCriterion.C1, DpiaCriterion.C2)),
            new DpiaAnswers(Set.of(), Set.of(DpiaCriterion.C8)),
            new DpiaAnswers(Set.of(), Set.of())
        }) {
            answers.screen().reasons().stream().map(Reason::code).forEach(code -> keys.add("dpia." + code));
        }
        return keys;
    }

    private static void add(Set<String> keys, AiActAnswers answers) {
        answers.classify().reasons().stream().map(Reason::code).forEach(code -> keys.add("ai-act." + code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "nl"})
    void everyReasonHasItsWords(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "org.gouvernail.rest.usecases",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Set<String> keys = everyReasonKey();

        assertThat(keys).hasSize(48);
        assertThat(bundle.keySet()).containsAll(keys);
    }
}
