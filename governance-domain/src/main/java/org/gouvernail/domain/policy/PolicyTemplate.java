package org.gouvernail.domain.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.Localized;

/**
 * Value: a starter policy an organisation copies and edits, written for one kind of organisation
 * (a small local association, a mid-size one, an international NGO), in every language its texts are
 * written in (French always).
 */
public record PolicyTemplate(
        String id,
        Localized name,
        Localized audience,
        Localized title,
        Localized purpose,
        Localized summary,
        Localized body,
        List<TemplateRule> rules) {

    /** A template's draft is due for review a year after it is adopted. */
    public static final int REVIEW_AFTER_MONTHS = 12;

    public PolicyTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        rules = List.copyOf(rules);
    }

    /**
     * The language a draft asked for in {@code language} is written in: that one once the template's
     * text is written in it, French until then (the version must say the language it is really in).
     */
    public String writtenIn(String language) {
        return body.servedIn(Language.of(language)).code();
    }

    /** The content of a first draft in {@code language} (French where a text is not written in it); its rules are checked like any version's. */
    public VersionContent draft(String language, LocalDate today) {
        return new VersionContent(
                body.in(language),
                summary.in(language),
                today.plusMonths(REVIEW_AFTER_MONTHS),
                new UsageRules(rules.stream().map(rule -> rule.in(language)).toList()));
    }
}
