package org.gouvernail.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.gouvernail.domain.usecase.AiActAnswers;
import org.gouvernail.domain.usecase.AiActClassification;
import org.gouvernail.domain.usecase.AiActQuestionnaire;
import org.gouvernail.domain.usecase.Article35Case;
import org.gouvernail.domain.usecase.Article63Exception;
import org.gouvernail.domain.usecase.DpiaAnswers;
import org.gouvernail.domain.usecase.DpiaCriterion;
import org.gouvernail.domain.usecase.DpiaListItem;
import org.gouvernail.domain.usecase.DpoStatus;
import org.gouvernail.domain.usecase.OperatorRole;
import org.gouvernail.domain.usecase.Question;
import org.gouvernail.domain.usecase.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reason and duty the classification and the screening can give has words in every language:
 * every question of the AI Act questionnaire is answered yes, in every role, with its follow-ups all
 * yes and all no (and every option of a choice), alone and with the art. 6(3) derogation claimed.
 */
class UseCaseReasonTextsTest {

    private static Set<String> everyKey() {
        Set<String> keys = new LinkedHashSet<>();
        List<Question> questions = AiActQuestionnaire.questionnaire().questions();
        for (OperatorRole role : OperatorRole.values()) {
            for (Question question : questions) {
                if (!question.askedWhen().isEmpty() || question.code().equals("ROLE")) {
                    continue;
                }
                List<Object> values = question.type() == Question.AnswerType.YES_NO
                        ? List.of(true, false)
                        : question.options().stream()
                                .map(Question.Option::code)
                                .map(Object.class::cast)
                                .toList();
                for (Object value : values) {
                    for (boolean followUps : new boolean[] {true, false}) {
                        for (boolean derogation : new boolean[] {true, false}) {
                            Map<String, Object> answers = new LinkedHashMap<>();
                            answers.put("AI_SYSTEM", true);
                            answers.put("ROLE", role.name());
                            answers.put(question.code(), value);
                            for (Question followUp : questions) {
                                if (followUp.askedWhen().contains(question.code())) {
                                    answers.put(
                                            followUp.code(),
                                            followUp.type() == Question.AnswerType.YES_NO
                                                    ? followUps
                                                    : followUp.options()
                                                            .get(followUps ? 0 : 1)
                                                            .code());
                                }
                            }
                            if (derogation) {
                                answers.putIfAbsent("A63_NO_SIGNIFICANT_RISK", true);
                                for (Article63Exception exception : Article63Exception.values()) {
                                    answers.putIfAbsent(exception.questionCode(), true);
                                }
                            }
                            add(keys, AiActAnswers.of(answers).classify());
                        }
                    }
                }
            }
        }
        for (DpiaAnswers answers : new DpiaAnswers[] {
            new DpiaAnswers(EnumSet.allOf(Article35Case.class), EnumSet.allOf(DpiaCriterion.class)),
            new DpiaAnswers(Set.of(), EnumSet.of(DpiaCriterion.C1, DpiaCriterion.C2)),
            new DpiaAnswers(Set.of(), Set.of(DpiaCriterion.C8)),
            new DpiaAnswers(Set.of(), Set.of()),
            new DpiaAnswers(Set.of(), Set.of(DpiaCriterion.C8), Set.of(), DpoStatus.NONE, "LU"),
            new DpiaAnswers(Set.of(), Set.of(), Set.of(), DpoStatus.MANDATORY, "BE"),
            new DpiaAnswers(Set.of(), Set.of(), EnumSet.allOf(DpiaListItem.class), DpoStatus.VOLUNTARY, "BE"),
            new DpiaAnswers(Set.of(), Set.of(), EnumSet.allOf(DpiaListItem.class), null, "FR")
        }) {
            answers.screen().reasons().stream().map(Reason::code).forEach(code -> keys.add("dpia." + code));
            answers.screen().signature().stream().map(Reason::code).forEach(code -> keys.add("dpia." + code));
        }
        return keys;
    }

    private static void add(Set<String> keys, AiActClassification classification) {
        classification.reasons().stream().map(Reason::code).forEach(code -> keys.add("ai-act." + code));
        classification.duties().forEach(duty -> keys.add("ai-act.duty." + duty.code()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "nl"})
    void everyReasonAndDutyHasItsWords(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "org.gouvernail.rest.usecases",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Set<String> keys = everyKey();

        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(bundle.keySet()).containsAll(keys);
    }
}
