package org.gouvernail.rest.inventory.assessment;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import org.gouvernail.domain.inventory.assessment.BlockingFinding;
import org.gouvernail.domain.inventory.assessment.ToolSnapshot;
import org.gouvernail.domain.shared.Localized;
import org.gouvernail.rest.shared.LocalizedText;
import org.gouvernail.rest.shared.Messages;

/**
 * Texts of the vendor checklist for people, in the platform's languages (vendor_checklist_*.properties):
 * item titles, "blocking when", answer and level labels, and the sentence that explains a blocking
 * finding for the assessed tool.
 */
final class ChecklistTexts {

    private static final String BUNDLE = "org.gouvernail.rest.vendor_checklist";

    private ChecklistTexts() {}

    /** The text in every language it is written in; every key has its French text. */
    static LocalizedText both(String key, Object... arguments) {
        Localized text = Messages.localized(BUNDLE, key, arguments);
        if (text == null) {
            throw new MissingResourceException("no text " + key + " in " + BUNDLE, BUNDLE, key);
        }
        return LocalizedText.of(text);
    }

    static String text(Locale locale, String key, Object... arguments) {
        String text = Messages.fromBundle(BUNDLE, locale, key, arguments);
        if (text == null) {
            throw new MissingResourceException("no text " + key + " in " + BUNDLE, BUNDLE, key);
        }
        return text;
    }

    /** Why this finding blocks, for this tool: "V05 bloque : réponse « Non » alors que l'outil traite des données personnelles (…)". */
    static String reason(Locale locale, BlockingFinding finding, ToolSnapshot tool) {
        String categories = tool.dataCategories().stream().map(Enum::name).collect(Collectors.joining(", "));
        String condition = text(
                locale,
                "condition." + finding.condition().name(),
                categories,
                tool.hostingRegion().name());
        return text(
                locale,
                "finding",
                finding.item().name(),
                text(locale, "answer." + finding.answer().name()),
                condition);
    }
}
