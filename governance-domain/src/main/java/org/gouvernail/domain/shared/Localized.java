package org.gouvernail.domain.shared;

import java.util.Locale;
import java.util.Objects;

/** Value: one text of the platform's own content in French and English, the two languages of the platform. */
public record Localized(String fr, String en) {

    public Localized {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    /** English for a locale in English ("en", "en-GB"), French for anything else: the users are French-speaking. */
    public String in(String locale) {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en") ? en : fr;
    }
}
