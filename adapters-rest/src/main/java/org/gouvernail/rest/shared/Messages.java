package org.gouvernail.rest.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts the API writes for people (problem titles and details), in French (the default) and
 * English, chosen from the request's Accept-Language.
 */
public final class Messages {

    public static final Locale FRENCH = Locale.FRENCH;
    private static final String BUNDLE = "org.gouvernail.rest.problems";

    private Messages() {
    }

    /** French unless English is preferred over French in the Accept-Language list. */
    public static Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("fr".equals(language)) {
                return FRENCH;
            }
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
        }
        return FRENCH;
    }

    public static String text(Locale locale, String key, Object... arguments) {
        return fromBundle(BUNDLE, locale, key, arguments);
    }

    /** A text of one of the platform's bundles in French or English, formatted; null when the key is missing. */
    public static String fromBundle(String bundleName, Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
