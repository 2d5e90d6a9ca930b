package org.gouvernail.domain.todo;

import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.TextBundle;

/**
 * Reference data: what each kind of due item asks, in words, for the mails and the calendar. A kind an
 * area adds before its words are written reads as "À faire" / "To do".
 */
public final class Kinds {

    private static final TextBundle TEXTS = TextBundle.load(Kinds.class, "kinds");

    private Kinds() {}

    public static String asked(String kind, Language language) {
        return TEXTS.optional(kind).orElseGet(() -> TEXTS.text("other")).in(language);
    }

    /** What is asked and of what: the kind's words and the subject's title ("Revoir le risque « Fuite »"). */
    public static String describe(DueItem item, Language language) {
        String asked = asked(item.kind(), language);
        return item.title().isBlank() ? asked : asked + " « " + item.title() + " »";
    }
}
