package org.gouvernail.rest.shared;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.Localized;

/**
 * Texts the API writes for people (problem titles and details, labels, reference texts), in the
 * platform's languages ({@link Language}), chosen from the request's Accept-Language, French by
 * default. A text a bundle does not have in the chosen language yet is given in French, and the
 * language actually served is noted for the Content-Language header ({@link ServedLanguages}).
 */
public final class Messages {

    public static final Locale FRENCH = Locale.FRENCH;
    private static final String BUNDLE = "org.gouvernail.rest.problems";

    private Messages() {}

    /** The first language of the Accept-Language list the platform speaks; French when it speaks none of them. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            Optional<Language> language = Language.find(locale.getLanguage());
            if (language.isPresent()) {
                return language.get().locale();
            }
        }
        return Language.FALLBACK.locale();
    }

    /**
     * The language of a raw Accept-Language header read leniently: an entry that does not parse
     * (a weight above 1, a stray character) is skipped rather than failing the request; among the
     * others the platform language of the highest weight wins, French when none is spoken.
     */
    public static Locale chooseLeniently(String header) {
        List<Locale.LanguageRange> readable = new ArrayList<>();
        for (String entry : header == null ? new String[0] : header.split(",")) {
            try {
                readable.addAll(Locale.LanguageRange.parse(entry));
            } catch (IllegalArgumentException unreadable) {
                // skipped: one bad entry must not cost the reader the others
            }
        }
        readable.sort(
                Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
        for (Locale.LanguageRange range : readable) {
            String tag = range.getRange();
            String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
            Optional<Language> language = Language.find(primary);
            if (range.getWeight() > 0 && language.isPresent()) {
                return language.get().locale();
            }
        }
        return Language.FALLBACK.locale();
    }

    public static Language language(Locale locale) {
        return Language.of(locale.getLanguage());
    }

    public static String text(Locale locale, String key, Object... arguments) {
        return fromBundle(BUNDLE, locale, key, arguments);
    }

    /** A text of one of the platform's bundles in the locale's language, or French when it is missing there; null when French lacks it too. */
    public static String fromBundle(String bundleName, Locale locale, String key, Object... arguments) {
        Language served = servedIn(bundleName, language(locale), key);
        String pattern = pattern(bundleName, served, key);
        if (pattern == null) {
            return null;
        }
        ServedLanguages.served(served);
        return new MessageFormat(pattern, served.locale()).format(arguments);
    }

    /** A text of a bundle that is not a MessageFormat pattern, in the locale's language or French; null when French lacks it too. */
    public static String plain(String bundleName, Locale locale, String key) {
        Language served = servedIn(bundleName, language(locale), key);
        String text = pattern(bundleName, served, key);
        if (text != null) {
            ServedLanguages.served(served);
        }
        return text;
    }

    /** The language a problem text {@code key} is given in to a reader asking for {@code asked}. */
    public static Language servedIn(Language asked, String key) {
        return servedIn(BUNDLE, asked, key);
    }

    /** The language a reader asking for {@code asked} gets the text {@code key} in: that one when the bundle has it, French otherwise. */
    public static Language servedIn(String bundleName, Language asked, String key) {
        return pattern(bundleName, asked, key) != null ? asked : Language.FALLBACK;
    }

    /** A text of a bundle in every language it is written in (for JSON that carries them all); null when French lacks it. */
    public static Localized localized(String bundleName, String key, Object... arguments) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String pattern = pattern(bundleName, language, key);
            if (pattern != null) {
                texts.put(language, new MessageFormat(pattern, language.locale()).format(arguments));
            }
        }
        return texts.containsKey(Language.FALLBACK) ? Localized.of(texts) : null;
    }

    /** One text of the reference content in the locale's language (French where it is not written yet), noting the language served. */
    public static String in(Localized text, Locale locale) {
        if (text == null) {
            return null;
        }
        Language served = text.servedIn(language(locale));
        ServedLanguages.served(served);
        return text.in(served);
    }

    private static String pattern(String bundleName, Language language, String key) {
        try {
            // No fallback between bundles: the French fallback is explicit, so that the language served is known.
            ResourceBundle bundle = ResourceBundle.getBundle(
                    bundleName,
                    language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(key) && !bundle.getString(key).isBlank() ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
