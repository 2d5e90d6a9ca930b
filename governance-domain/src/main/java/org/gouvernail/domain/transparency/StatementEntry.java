package org.gouvernail.domain.transparency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.shared.Check;

/**
 * Value: one use case in use or in pilot that faces the public or affects beneficiaries, in plain
 * words, as the registers describe it when the statement is drawn.
 *
 * @param tools "name (vendor, hosting region)" of each tool it uses
 * @param aiActTier the AI Act tier of its classification, and {@code disclosures} the information owed
 * @param dpiaResult the outcome of its DPIA screening, when screened
 */
public record StatementEntry(
        UUID useCaseId,
        String name,
        String stage,
        String whatItDoes,
        List<String> tools,
        List<String> dataCategories,
        String humanOversight,
        String aiActTier,
        List<String> disclosures,
        String dpiaResult,
        LocalDate since) {

    public StatementEntry {
        name = Check.name("name", name);
        whatItDoes = Check.text("whatItDoes", whatItDoes, Check.SHORT_TEXT_LENGTH);
        humanOversight = Check.text("humanOversight", humanOversight, Check.SHORT_TEXT_LENGTH);
        tools = tools == null ? List.of() : List.copyOf(tools);
        dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
    }

    /** Every text of the entry a reader sees, for the redaction check. */
    List<String> texts() {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(name);
        addIfPresent(texts, whatItDoes);
        addIfPresent(texts, humanOversight);
        texts.addAll(tools);
        texts.addAll(disclosures);
        addIfPresent(texts, dpiaResult);
        return texts;
    }

    private static void addIfPresent(List<String> texts, String text) {
        if (text != null) {
            texts.add(text);
        }
    }
}
