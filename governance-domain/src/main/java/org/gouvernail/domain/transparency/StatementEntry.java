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
 * @param vendors the same tools with their vendor, hosting region and processor agreement (vendor
 *     assessment); empty in versions drawn before they were listed
 * @param risks its main risks and their safeguards (risk register, through its tools)
 * @param recourse whether the people affected can reach a person and contest an outcome, as its
 *     values check answers (OFFERED, NOT_OFFERED), null when not answered
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
        LocalDate since,
        List<StatementTool> vendors,
        List<StatementRisk> risks,
        String recourse) {

    public StatementEntry {
        name = Check.name("name", name);
        whatItDoes = Check.text("whatItDoes", whatItDoes, Check.SHORT_TEXT_LENGTH);
        humanOversight = Check.text("humanOversight", humanOversight, Check.SHORT_TEXT_LENGTH);
        tools = tools == null ? List.of() : List.copyOf(tools);
        dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
        vendors = vendors == null ? List.of() : List.copyOf(vendors);
        risks = risks == null ? List.of() : List.copyOf(risks);
    }

    /** Without vendors, risks nor recourse: as versions drawn before they were listed. */
    @SuppressWarnings("java:S107") // the fields of a published entry
    public StatementEntry(
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
        this(
                useCaseId,
                name,
                stage,
                whatItDoes,
                tools,
                dataCategories,
                humanOversight,
                aiActTier,
                disclosures,
                dpiaResult,
                since,
                List.of(),
                List.of(),
                null);
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
        vendors.forEach(tool -> {
            texts.add(tool.name());
            addIfPresent(texts, tool.vendor());
        });
        risks.forEach(risk -> {
            texts.add(risk.title());
            texts.addAll(risk.safeguards());
        });
        return texts;
    }

    private static void addIfPresent(List<String> texts, String text) {
        if (text != null) {
            texts.add(text);
        }
    }
}
