package org.gouvernail.domain.usecase;

import java.util.Objects;
import org.gouvernail.domain.shared.Language;

/**
 * Value: where in a legal text a reason, a duty or a question comes from: an article with its
 * paragraph, subparagraph and point, an annex point, or an item of a list or guideline. It reads as
 * each language cites the law ("Règlement (UE) 2024/1689, art. 6, § 2, et annexe III, point 4";
 * "Regulation (EU) 2024/1689, Art. 6(2) and Annex III, point 4") and has a stable English form
 * ({@link #reference()}: "AI Act art. 6(2), Annex III point 4") kept for clients of the first API.
 */
public record Citation(
        LegalSource source,
        String article,
        String paragraph,
        String subparagraph,
        String point,
        String annexIiiPoint,
        String item) {

    public Citation {
        Objects.requireNonNull(source, "source");
    }

    public static Citation aiAct(String article) {
        return new Citation(LegalSource.AI_ACT, article, null, null, null, null, null);
    }

    public static Citation aiAct(String article, String paragraph) {
        return new Citation(LegalSource.AI_ACT, article, paragraph, null, null, null, null);
    }

    public static Citation aiAct(String article, String paragraph, String point) {
        return new Citation(LegalSource.AI_ACT, article, paragraph, null, point, null, null);
    }

    /** Art. 6(2) with an Annex III point ("4", "5(a)"). */
    public static Citation annexIii(String annexPoint) {
        return new Citation(LegalSource.AI_ACT, "6", "2", null, null, annexPoint, null);
    }

    public static Citation gdpr(String article, String paragraph, String point) {
        return new Citation(LegalSource.GDPR, article, paragraph, null, point, null, null);
    }

    /** An item of a list or guideline (a WP248 criterion, an APD/GBA or CNIL list entry). */
    public static Citation item(LegalSource source, String item) {
        return new Citation(source, null, null, null, null, null, item);
    }

    public Citation subparagraph(String value) {
        return new Citation(source, article, paragraph, value, point, annexIiiPoint, item);
    }

    /** The stable, language-neutral form of the first API ("AI Act art. 5(1)(c)"). */
    public String reference() {
        StringBuilder text = new StringBuilder(source.shortName());
        if (article != null) {
            text.append(" art. ").append(article);
            if (paragraph != null) {
                text.append('(').append(paragraph).append(')');
            }
            if (point != null) {
                text.append('(').append(point).append(')');
            }
            if (subparagraph != null) {
                text.append(", ").append(subparagraph).append(" subparagraph");
            }
        }
        if (annexIiiPoint != null) {
            text.append(", Annex III point ").append(annexIiiPoint);
        }
        if (item != null) {
            text.append(", ").append(item);
        }
        return text.toString();
    }

    /** As a reader of {@code language} cites it. */
    public String in(Language language) {
        StringBuilder text = new StringBuilder(source.name(language));
        if (article != null) {
            text.append(", ");
            switch (language) {
                case EN -> {
                    text.append("Art. ").append(article);
                    if (paragraph != null) {
                        text.append('(').append(paragraph).append(')');
                    }
                    if (point != null) {
                        text.append('(').append(point).append(')');
                    }
                    if (subparagraph != null) {
                        text.append(", ").append(subparagraph).append(" subparagraph");
                    }
                }
                case FR -> {
                    text.append("art. ").append(article);
                    if (paragraph != null) {
                        text.append(", § ").append(paragraph);
                    }
                    if (subparagraph != null) {
                        text.append(", alinéa ").append(ordinal(subparagraph, language));
                    }
                    if (point != null) {
                        text.append(", point ").append(point).append(')');
                    }
                }
                case NL -> {
                    text.append("art. ").append(article);
                    if (paragraph != null) {
                        text.append(", lid ").append(paragraph);
                    }
                    if (subparagraph != null) {
                        text.append(", ")
                                .append(ordinal(subparagraph, language))
                                .append(" alinea");
                    }
                    if (point != null) {
                        text.append(", punt ").append(point).append(')');
                    }
                }
            }
        }
        if (annexIiiPoint != null) {
            String annexPoint = annexPoint(annexIiiPoint, language);
            text.append(
                    switch (language) {
                        case FR -> ", et annexe III, point " + annexPoint;
                        case EN -> " and Annex III, point " + annexIiiPoint;
                        case NL -> ", en bijlage III, punt " + annexPoint;
                    });
        }
        if (item != null) {
            text.append(", ").append(item);
        }
        return text.toString();
    }

    /** "5(a)" reads "5, a)" in French and Dutch. */
    private static String annexPoint(String point, Language language) {
        int open = point.indexOf('(');
        return open < 0 ? point : point.substring(0, open) + ", " + point.substring(open + 1);
    }

    private static String ordinal(String subparagraph, Language language) {
        return switch (subparagraph) {
            case "first" -> language == Language.FR ? "1er" : "eerste";
            case "second" -> language == Language.FR ? "2" : "tweede";
            case "last" -> language == Language.FR ? "dernier" : "laatste";
            default -> subparagraph;
        };
    }
}
