package org.gouvernail.domain.usecase;

import static org.gouvernail.domain.usecase.ValuesTheme.AUTONOMY;
import static org.gouvernail.domain.usecase.ValuesTheme.EQUITY;
import static org.gouvernail.domain.usecase.ValuesTheme.HUMAN_RIGHTS;
import static org.gouvernail.domain.usecase.ValuesTheme.MISSION;
import static org.gouvernail.domain.usecase.ValuesTheme.TRANSPARENCY;
import static org.gouvernail.domain.usecase.ValuesTheme.WORK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.Localized;
import org.gouvernail.domain.shared.TextBundle;

/**
 * Reference data: the values check of a use case, version 1: equity, autonomy and human oversight,
 * transparency, human rights and dignity, mission fit and alternatives, work. The structure lives
 * here; the texts ({@code <code>.text}, {@code .why}, {@code .good}, {@code .option.<option>}, and the
 * wording of concerns and follow-ups) in {@code values-check_<language>.properties}. Every question
 * is optional: an unanswered question raises the concerns the rules give it (see {@link ValuesAssessment}).
 */
public final class ValuesQuestionnaire {

    public static final String ID = "values-check";
    public static final String VERSION = "1";

    private static final TextBundle TEXTS = TextBundle.load(ValuesQuestionnaire.class, "values-check");

    private static final List<ValuesQuestion> QUESTIONS = build();

    private ValuesQuestionnaire() {}

    public static List<ValuesQuestion> questions() {
        return QUESTIONS;
    }

    public static Optional<ValuesQuestion> question(String code) {
        return QUESTIONS.stream()
                .filter(question -> question.code().equals(code))
                .findFirst();
    }

    /** The wording of a theme, a concern ("concern.&lt;code&gt;") or a follow-up ("condition.&lt;code&gt;", "communication.&lt;code&gt;"). */
    public static Localized text(String key) {
        return TEXTS.text(key);
    }

    /**
     * The answers checked and normalised (yes/no as "true"/"false", texts stripped): every code is a
     * question's and every value has its type. Null values are left out. Fields are named
     * "answers.&lt;code&gt;".
     */
    public static Map<String, String> check(Map<String, ?> answers) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, ?> answer : answers.entrySet()) {
            String field = "answers." + answer.getKey();
            ValuesQuestion question = question(answer.getKey())
                    .orElseThrow(() -> new InvalidInput(
                            field, "unknown-values-question", "not a question of the values check", field));
            Object value = answer.getValue();
            if (value != null) {
                checked.put(question.code(), value(question, field, value));
            }
        }
        return checked;
    }

    private static String value(ValuesQuestion question, String field, Object value) {
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
            case TEXT -> {
                if (!(value instanceof String text)) {
                    throw new InvalidInput(field, "answer-type", field + " takes a text", field, "text");
                }
                String checked = org.gouvernail.domain.shared.Check.text(field, text, ValuesQuestion.TEXT_LENGTH);
                yield checked;
            }
        };
    }

    private static List<ValuesQuestion> build() {
        List<ValuesQuestion> questions = new ArrayList<>();
        questions.add(choice(
                "EQ_EXCLUSION",
                EQUITY,
                "NONE_FORESEEN",
                "FORESEEN_MITIGATED",
                "FORESEEN_NOT_MITIGATED",
                "NOT_EXAMINED"));
        questions.add(choice("EQ_ERROR_CHECK", EQUITY, "REGULAR", "ONCE", "NONE"));
        questions.add(text("EQ_NOTES", EQUITY));
        questions.add(choice("AU_REVIEW", AUTONOMY, "EVERY_OUTPUT", "SAMPLE", "NONE"));
        questions.add(yesNo("AU_RECOURSE", AUTONOMY));
        questions.add(
                choice("AU_RELATIONSHIP", AUTONOMY, "NO_RELATIONSHIP", "SUPPORTS", "REPLACES_IN_PART", "REPLACES"));
        questions.add(choice("TR_WHO_IS_TOLD", TRANSPARENCY, "EVERYONE_CONCERNED", "SOME", "NOBODY"));
        questions.add(text("TR_WORDING", TRANSPARENCY));
        questions.add(yesNo("HR_CHILDREN", HUMAN_RIGHTS));
        questions.add(yesNo("HR_RIGHTS_AT_STAKE", HUMAN_RIGHTS));
        questions.add(text("HR_REFLECTION", HUMAN_RIGHTS));
        questions.add(text("MI_PURPOSE", MISSION));
        questions.add(choice("MI_ALTERNATIVE", MISSION, "COMPARED", "CONSIDERED", "NOT_CONSIDERED"));
        questions.add(choice("MI_EXIT", MISSION, "PLANNED", "PARTIAL", "NONE"));
        questions.add(choice("WO_CHANGE", WORK, "NONE", "TASKS", "SKILLS", "JOBS"));
        questions.add(choice("WO_TOLD", WORK, "CONSULTED", "INFORMED", "NOT_YET"));
        questions.add(text("WO_NOTES", WORK));
        return List.copyOf(questions);
    }

    private static ValuesQuestion choice(String code, ValuesTheme theme, String... options) {
        List<Question.Option> choices = new ArrayList<>();
        for (String option : options) {
            choices.add(new Question.Option(option, TEXTS.text(code + ".option." + option)));
        }
        return question(code, theme, ValuesQuestion.AnswerKind.ONE_OF, choices);
    }

    private static ValuesQuestion yesNo(String code, ValuesTheme theme) {
        return question(code, theme, ValuesQuestion.AnswerKind.YES_NO, List.of());
    }

    private static ValuesQuestion text(String code, ValuesTheme theme) {
        return question(code, theme, ValuesQuestion.AnswerKind.TEXT, List.of());
    }

    private static ValuesQuestion question(
            String code, ValuesTheme theme, ValuesQuestion.AnswerKind type, List<Question.Option> options) {
        return new ValuesQuestion(
                code,
                theme,
                type,
                options,
                TEXTS.text(code + ".text"),
                TEXTS.text(code + ".why"),
                TEXTS.text(code + ".good"));
    }
}
