package org.gouvernail.rest.usecase;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.gouvernail.domain.usecase.Reason;

/**
 * Texts of the use-case reference content that the API writes for people: the reasons of the AI
 * Act classification and of the DPIA screening, in French (default) and English.
 */
final class ReferenceTexts {

    private static final String BUNDLE = "org.gouvernail.rest.usecases";

    private ReferenceTexts() {
    }

    static String reason(Locale locale, String family, Reason reason) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(family + "." + reason.code());
        } catch (MissingResourceException e) {
            return reason.code();
        }
    }
}
