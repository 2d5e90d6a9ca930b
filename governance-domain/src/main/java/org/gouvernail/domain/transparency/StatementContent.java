package org.gouvernail.domain.transparency;

import java.util.ArrayList;
import java.util.List;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: what a statement version says. The contact address is a role's ("ia@…", "dpo@…"), never a
 * person's: {@link RedactionCheck} refuses members' names anywhere in it. {@code internalUses}
 * summarises the internal productivity uses, one line per activity (team). {@code facts} holds the
 * optional facts the organisation chose to publish (literacy coverage, incidents), null when none.
 */
public record StatementContent(
        String organisationName,
        String principles,
        String contactAddress,
        String howToRaiseAConcern,
        List<StatementEntry> entries,
        List<String> internalUses,
        StatementFacts facts) {

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
        internalUses =
                List.copyOf(Check.size("internalUses", internalUses == null ? List.of() : internalUses, MAX_ENTRIES));
        facts = facts == null || facts.empty() ? null : facts;
    }

    /** Without optional facts. */
    public StatementContent(
            String organisationName,
            String principles,
            String contactAddress,
            String howToRaiseAConcern,
            List<StatementEntry> entries,
            List<String> internalUses) {
        this(organisationName, principles, contactAddress, howToRaiseAConcern, entries, internalUses, null);
    }

    /** Without internal productivity uses. */
    public StatementContent(
            String organisationName,
            String principles,
            String contactAddress,
            String howToRaiseAConcern,
            List<StatementEntry> entries) {
        this(organisationName, principles, contactAddress, howToRaiseAConcern, entries, List.of(), null);
    }

    /** The same content with its narrative fields (those the registers do not give) replaced. */
    public StatementContent withNarrative(String changedPrinciples, String changedContact, String changedConcern) {
        return new StatementContent(
                organisationName, changedPrinciples, changedContact, changedConcern, entries, internalUses, facts);
    }

    /** The same content with these optional facts (null: none). */
    public StatementContent withFacts(StatementFacts chosen) {
        return new StatementContent(
                organisationName, principles, contactAddress, howToRaiseAConcern, entries, internalUses, chosen);
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
        texts.addAll(internalUses);
        if (facts != null) {
            texts.addAll(facts.lessonsLearned());
        }
        return texts;
    }
}
