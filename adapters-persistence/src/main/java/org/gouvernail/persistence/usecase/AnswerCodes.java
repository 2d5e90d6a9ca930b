package org.gouvernail.persistence.usecase;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gouvernail.domain.usecase.AiActAnswers;

/**
 * Mapping helper: questionnaire answers in one column, "version=2;CODE=value;…". Codes and values
 * are upper-case identifiers, "true" or "false": neither holds ";" nor "=".
 */
final class AnswerCodes {

    private static final String VERSION = "version";

    private AnswerCodes() {}

    static String join(AiActAnswers answers) {
        StringBuilder text = new StringBuilder(VERSION).append('=').append(answers.version());
        answers.values()
                .forEach((code, value) ->
                        text.append(';').append(code).append('=').append(value));
        return text.toString();
    }

    static AiActAnswers parse(String text) {
        String version = null;
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int equals = pair.indexOf('=');
            String code = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            if (code.equals(VERSION)) {
                version = value;
            } else {
                values.put(code, value);
            }
        }
        return new AiActAnswers(version, values);
    }
}
