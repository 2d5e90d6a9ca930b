package org.gouvernail.domain.usecase;

import java.util.Objects;

/** A text of the platform's own reference content, in French and English. */
public record LocalizedText(String fr, String en) {

    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    /** English for a locale whose language is "en", French otherwise (the users are French-speaking). */
    public String in(String locale) {
        return locale != null && locale.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? en : fr;
    }
}
