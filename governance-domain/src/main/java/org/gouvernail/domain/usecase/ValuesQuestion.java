package org.gouvernail.domain.usecase;

import java.util.List;
import java.util.Objects;
import org.gouvernail.domain.shared.Localized;

/**
 * Reference data: one question of the values check, with why it matters and what a good answer
 * looks like, so that an association answering it sees what the committee will look for.
 */
public record ValuesQuestion(
        String code,
        ValuesTheme theme,
        AnswerKind type,
        List<Question.Option> options,
        Localized text,
        Localized whyItMatters,
        Localized goodAnswer) {

    /** Longest free-text answer. */
    public static final int TEXT_LENGTH = 2_000;

    /** What an answer is. */
    public enum AnswerKind {
        /** true or false. */
        YES_NO,
        /** One of the option codes. */
        ONE_OF,
        /** A short text, at most {@link #TEXT_LENGTH} characters. */
        TEXT
    }

    public ValuesQuestion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(whyItMatters, "whyItMatters");
        Objects.requireNonNull(goodAnswer, "goodAnswer");
    }

    public boolean accepts(String option) {
        return options.stream().anyMatch(candidate -> candidate.code().equals(option));
    }
}
