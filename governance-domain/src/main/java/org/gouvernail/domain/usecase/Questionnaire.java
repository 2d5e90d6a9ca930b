package org.gouvernail.domain.usecase;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Reference data: a versioned questionnaire (the AI Act profile, the DPIA screening): its questions
 * and the state of the law it follows. It checks a set of answers against itself, so that an
 * integrator building a form from it and the API accepting the answers agree.
 */
public record Questionnaire(
        String id, String version, LocalDate lawAsOf, List<String> sources, List<Question> questions) {

    public Questionnaire {
        questions = List.copyOf(questions);
        sources = List.copyOf(sources);
    }

    public Optional<Question> question(String code) {
        return questions.stream()
                .filter(question -> question.code().equals(code))
                .findFirst();
    }

    /**
     * The answers checked and normalised (yes/no as "true"/"false"): every code is a question's, every
     * value has the question's type, and every question asked is answered when it is required.
     * Unanswered optional yes/no questions mean no. Fields are named "answers.&lt;code&gt;".
     */
    public Map<String, String> check(Map<String, ?> answers) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, ?> answer : answers.entrySet()) {
            String field = "answers." + answer.getKey();
            Question question = question(answer.getKey())
                    .orElseThrow(() -> new InvalidInput(
                            field, "unknown-question", "not a question of " + id + " " + version, field, id));
            Object value = answer.getValue();
            if (value == null) {
                continue;
            }
            checked.put(question.code(), value(question, field, value));
        }
        for (Question question : questions) {
            if (question.required() && asked(question, checked) && !checked.containsKey(question.code())) {
                String field = "answers." + question.code();
                throw new InvalidInput(field, "required", field + " is required", field);
            }
        }
        return checked;
    }

    /** Whether a question is asked, given the answers so far. */
    public static boolean asked(Question question, Map<String, String> answers) {
        return question.askedWhen().isEmpty()
                || question.askedWhen().stream().anyMatch(code -> "true".equals(answers.get(code)));
    }

    private static String value(Question question, String field, Object value) {
        return switch (question.type()) {
            case YES_NO -> {
                if (!(value instanceof Boolean yes)) {
                    throw new InvalidInput(field, "answer-type", field + " takes true or false", field, "true, false");
                }
                yield yes.toString();
            }
            case ONE_OF -> {
                if (!(value instanceof String option) || !question.accepts(option)) {
                    String accepted = question.options().stream()
                            .map(Question.Option::code)
                            .collect(Collectors.joining(", "));
                    throw new InvalidInput(field, "answer-type", field + " takes one of " + accepted, field, accepted);
                }
                yield option;
            }
        };
    }
}
