package org.gouvernail.domain.transparency;

import java.util.ArrayList;
import java.util.List;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: what a statement version says. The contact address is a role's ("ia@…", "dpo@…"), never a
 * person's: {@link RedactionCheck} refuses members' names anywhere in it.
 */
public record StatementContent(
        String organisationName,
        String principles,
        String contactAddress,
        String howToRaiseAConcern,
        List<StatementEntry> entries) {

    public static final int MAX_ENTRIES = 200;

    public StatementContent {
        organisationName = Check.name("organisationName", organisationName);
        principles = Check.text("principles", principles, Check.LONG_TEXT_LENGTH);
        contactAddress = Check.text("contactAddress", Check.present("contactAddress", contactAddress), 254);
        if (!contactAddress.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInput(
                    "contactAddress", "email", "contactAddress is not an e-mail address", "contactAddress");
        }
        howToRaiseAConcern = Check.text("howToRaiseAConcern", howToRaiseAConcern, Check.SHORT_TEXT_LENGTH);
        entries = List.copyOf(Check.size("entries", entries == null ? List.of() : entries, MAX_ENTRIES));
    }

    /** Every text a reader sees, for the redaction check. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        texts.add(organisationName);
        if (principles != null) {
            texts.add(principles);
        }
        texts.add(contactAddress);
        if (howToRaiseAConcern != null) {
            texts.add(howToRaiseAConcern);
        }
        entries.forEach(entry -> texts.addAll(entry.texts()));
        return texts;
    }
}
