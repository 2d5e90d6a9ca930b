package org.gouvernail.domain.usecase;

import java.util.List;
import java.util.Objects;
import org.gouvernail.domain.shared.Localized;

/**
 * Reference data: one question of a questionnaire. Its code is what answers carry; the text asks
 * the legal condition itself (so that a "yes" means the condition holds), the help says what the
 * text does not. A follow-up question is asked, and then required, when one of the questions of
 * {@code askedWhen} is answered yes; a question without it is always asked.
 */
public record Question(
        String code,
        Section section,
        AnswerType type,
        List<Option> options,
        Citation citation,
        List<String> askedWhen,
        boolean required,
        Localized text,
        Localized condition,
        Localized help) {

    /** What an answer to the question is. */
    public enum AnswerType {
        /** true or false. */
        YES_NO,
        /** One of the option codes. */
        ONE_OF
    }

    /** The parts of the questionnaire, in the order a form shows them. */
    public enum Section {
        SCOPE,
        ROLE,
        PROHIBITED_PRACTICES,
        ANNEX_III,
        ARTICLE_6_3,
        TRANSPARENCY,
        GDPR_ARTICLE_35,
        WP248_CRITERIA,
        /** The APD/GBA list (art. 35(4)): asked of organisations whose country is BE. */
        NATIONAL_LIST_BE,
        /** The CNIL list (art. 35(4)): asked of organisations whose country is FR. */
        NATIONAL_LIST_FR,
        /** Whether a data protection officer is designated (art. 37). */
        DPO
    }

    /** One answer a ONE_OF question accepts. */
    public record Option(String code, Localized label) {}

    public Question {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        Objects.requireNonNull(citation, "citation");
        askedWhen = List.copyOf(askedWhen);
        Objects.requireNonNull(text, "text");
    }

    public boolean accepts(String option) {
        return options.stream().anyMatch(candidate -> candidate.code().equals(option));
    }
}
