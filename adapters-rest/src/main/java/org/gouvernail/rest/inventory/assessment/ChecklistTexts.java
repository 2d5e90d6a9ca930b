package org.gouvernail.rest.inventory.assessment;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.inventory.assessment.BlockingFinding;
import org.gouvernail.domain.inventory.assessment.ToolSnapshot;
import org.gouvernail.rest.shared.Messages;

/**
 * Texts of the vendor checklist for people, in French and English (vendor_checklist_*.properties):
 * item titles, "blocking when", answer and level labels, and the sentence that explains a blocking
 * finding for the assessed tool.
 */
final class ChecklistTexts {

    private static final String BUNDLE = "org.gouvernail.rest.vendor_checklist";

    private ChecklistTexts() {
    }

    /** A text in both languages of the platform. */
    @Schema(name = "LocalizedText", description = "The same text in French and in English")
    record Localized(@Schema(maxLength = 2000) String fr, @Schema(maxLength = 2000) String en) {
    }

    static Localized both(String key, Object... arguments) {
        return new Localized(text(Messages.FRENCH, key, arguments), text(Locale.ENGLISH, key, arguments));
    }

    static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Why this finding blocks, for this tool: "V05 bloque : réponse « Non » alors que l'outil traite des données personnelles (…)". */
    static String reason(Locale locale, BlockingFinding finding, ToolSnapshot tool) {
        String categories = tool.dataCategories().stream().map(Enum::name).collect(Collectors.joining(", "));
        String condition = text(locale, "condition." + finding.condition().name(), categories, tool.hostingRegion().name());
        return text(locale, "finding", finding.item().name(), text(locale, "answer." + finding.answer().name()), condition);
    }
}
