package org.gouvernail.rest.usecase;

import java.util.Locale;
import org.gouvernail.domain.usecase.Duty;
import org.gouvernail.domain.usecase.Reason;
import org.gouvernail.rest.shared.Messages;

/**
 * Texts of the use-case reference content that the API writes for people: the reasons of the AI
 * Act classification and of the DPIA screening, in the platform's languages (French by default and
 * where a text is not translated yet). These texts are not MessageFormat patterns.
 */
final class ReferenceTexts {

    private static final String BUNDLE = "org.gouvernail.rest.usecases";

    private ReferenceTexts() {}

    static String duty(Locale locale, Duty duty) {
        String text = Messages.plain(BUNDLE, locale, "ai-act.duty." + duty.code());
        return text == null ? duty.code() : text;
    }

    static String reason(Locale locale, String family, Reason reason) {
        String text = Messages.plain(BUNDLE, locale, family + "." + reason.code());
        return text == null ? reason.code() : text;
    }
}
