package org.gouvernail.domain.shared;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Value: one text of the platform's own content, in every language it is written in. French is
 * required; a language the text is not written in yet gets the French text, and
 * {@link #servedIn(Language)} tells which language a reader actually gets (for Content-Language).
 */
public final class Localized {

    private final Map<Language, String> texts;

    /** The text in French and English, the two languages every text had before Dutch came. */
    public Localized(String fr, String en) {
        this(Map.of(Language.FR, Objects.requireNonNull(fr, "fr"), Language.EN, Objects.requireNonNull(en, "en")));
    }

    private Localized(Map<Language, String> texts) {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                copy.put(language, text);
            }
        });
        if (!copy.containsKey(Language.FALLBACK)) {
            throw new IllegalArgumentException("a text needs its French version: " + texts);
        }
        this.texts = Collections.unmodifiableMap(copy);
    }

    /** The text in the languages given; blank ones count as not written. French is required. */
    public static Localized of(Map<Language, String> texts) {
        return new Localized(texts);
    }

    /** The text in {@code language}, or in French when it is not written in it yet. */
    public String in(Language language) {
        return texts.get(servedIn(language));
    }

    /** The text for a language tag ("en", "nl-BE"); French for any language the platform does not speak. */
    public String in(String languageTag) {
        return in(Language.of(languageTag));
    }

    /** The language a reader asking for {@code language} gets: that one when the text is written in it, French otherwise. */
    public Language servedIn(Language language) {
        return texts.containsKey(language) ? language : Language.FALLBACK;
    }

    /** The text exactly in {@code language}, empty when it is not written in it (no fallback). */
    public Optional<String> written(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    public Set<Language> languages() {
        return texts.keySet();
    }

    public String fr() {
        return texts.get(Language.FR);
    }

    /** English, or French while the English text is missing. */
    public String en() {
        return in(Language.EN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Localized localized && texts.equals(localized.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return "Localized" + texts;
    }
}
