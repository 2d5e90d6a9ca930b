package org.gouvernail.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Value: a language the platform speaks. Adding one is this line plus its resource files
 * ({@code <bundle>_<code>.properties} beside each catalogue and bundle); a text not yet written in it
 * falls back to French, the language of the users and the only one every text must have.
 */
public enum Language {
    FR,
    EN,
    NL;

    /** The language every text is written in first, and the one served when another is missing. */
    public static final Language FALLBACK = FR;

    /** The ISO 639-1 code: "fr", "en", "nl", as in file names and Content-Language. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language of a tag ("nl", "nl-BE", "fr_BE"), empty when the platform does not speak it. */
    public static Optional<Language> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String code = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return Arrays.stream(values())
                .filter(language -> language.code().equals(code))
                .findFirst();
    }

    /** The language of a tag, French for a tag the platform does not speak (or none). */
    public static Language of(String tag) {
        return find(tag).orElse(FALLBACK);
    }
}
