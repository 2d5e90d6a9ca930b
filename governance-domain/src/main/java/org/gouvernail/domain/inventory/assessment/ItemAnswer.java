package org.gouvernail.domain.inventory.assessment;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/** The answer given to one checklist item, with an optional note and an optional http(s) link to the evidence. */
public record ItemAnswer(ChecklistItem item, ChecklistAnswer answer, String note, String evidenceUrl) {

    public static final int NOTE_LENGTH = Check.SHORT_TEXT_LENGTH;
    public static final int URL_LENGTH = 2_000;

    public ItemAnswer {
        Check.present("answers", item);
        String field = "answers." + item;
        Check.present(field + ".answer", answer);
        note = Check.text(field + ".note", blankToNull(note), NOTE_LENGTH);
        evidenceUrl =
                web(field + ".evidenceUrl", Check.text(field + ".evidenceUrl", blankToNull(evidenceUrl), URL_LENGTH));
    }

    public static ItemAnswer of(ChecklistItem item, ChecklistAnswer answer) {
        return new ItemAnswer(item, answer, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String web(String field, String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new InvalidInput(field, "pattern", field + " must be an http(s) address", field, "https://…");
    }
}
