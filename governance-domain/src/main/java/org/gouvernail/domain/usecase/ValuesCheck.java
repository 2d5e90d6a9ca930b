package org.gouvernail.domain.usecase;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gouvernail.domain.shared.Check;

/**
 * Value: the values check of one use case, stored and versioned with it: the answers by question
 * code (see {@link ValuesQuestionnaire}) and the team's responses by concern code. The concerns are
 * computed ({@link ValuesAssessment}), never stored.
 */
public record ValuesCheck(String version, Map<String, String> answers, Map<String, String> responses) {

    public static final int MAX_RESPONSES = 30;

    public ValuesCheck {
        Check.present("version", version);
        answers = Collections.unmodifiableMap(new TreeMap<>(answers));
        responses = Collections.unmodifiableMap(new TreeMap<>(responses));
    }

    /** Answers checked against the current questionnaire (400 naming answers.&lt;code&gt; otherwise), no response yet. */
    public static ValuesCheck of(Map<String, ?> answers) {
        return new ValuesCheck(ValuesQuestionnaire.VERSION, ValuesQuestionnaire.check(answers), Map.of());
    }

    public Optional<String> answer(String code) {
        return Optional.ofNullable(answers.get(code));
    }

    public boolean is(String code, String value) {
        return value.equals(answers.get(code));
    }

    /** The same answers with these responses, each checked in length; the concern codes are checked by the use case. */
    public ValuesCheck withResponses(Map<String, String> given) {
        Check.size("responses", given.keySet(), MAX_RESPONSES);
        TreeMap<String, String> checked = new TreeMap<>();
        given.forEach((code, text) -> {
            String value = Check.text("responses." + code, text, ValuesQuestion.TEXT_LENGTH);
            if (value != null) {
                checked.put(code, value);
            }
        });
        return new ValuesCheck(version, answers, checked);
    }
}
