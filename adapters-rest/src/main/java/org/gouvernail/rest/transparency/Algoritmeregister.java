package org.gouvernail.rest.transparency;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.transparency.StatementContent;
import org.gouvernail.domain.transparency.StatementEntry;
import org.gouvernail.domain.transparency.TransparencyStatement;

/**
 * Export of the published statement to the fields of the Dutch Algoritmeregister, publication
 * standard 1.0 (the delivery API's v1.0 algorithm model): one algorithm per entry of the statement.
 * Mapped: name, description_short, organization, status, begin_date, contact_email, website,
 * publication_category, goal, human_intervention, risks (the main risks and their safeguards, when
 * the version lists them), impacttoetsen, source_data, provider, lang, standard_version, source_id,
 * publication_dt. Left empty (null), since the registers do not hold them or the register assigns
 * them: category, end_date, url, proportionality, lawful_basis,
 * process_index_url, methods_and_models, publiccode, tags, lars. The texts stay in the language the
 * organisation wrote them in, although the standard's lang only knows "nld".
 */
final class Algoritmeregister {

    static final String STANDARD_VERSION = "1.0";

    private Algoritmeregister() {}

    @Schema(
            name = "AlgoritmeregisterExport",
            description = "The statement's entries in the fields of publication standard 1.0")
    record Export(
            @JsonProperty("standard_version") @Schema(maxLength = 10)
            String standardVersion,

            @Schema(maxLength = 200) String organization,

            @JsonProperty("statement_version") @Schema(minimum = "1", maximum = "100000")
            int statementVersion,

            @Schema(type = SchemaType.ARRAY, maxItems = StatementContent.MAX_ENTRIES)
            List<Algorithm> algorithms) {}

    @Schema(
            name = "AlgoritmeregisterAlgorithm",
            description = "One algorithm (V1_0Algorithm); null fields are not held")
    record Algorithm(
            @Schema(maxLength = 200) String name,

            @JsonProperty("description_short") @Schema(maxLength = 2000)
            String descriptionShort,

            @Schema(maxLength = 200) String organization,

            @Schema(nullable = true, type = SchemaType.ARRAY, maxItems = 0)
            List<String> category,

            @Schema(
                    maxLength = 20,
                    enumeration = {"In ontwikkeling", "In gebruik", "Buiten gebruik"})
            String status,

            @JsonProperty("begin_date") @Schema(nullable = true)
            LocalDate beginDate,

            @JsonProperty("end_date") @Schema(nullable = true)
            LocalDate endDate,

            @JsonProperty("contact_email") @Schema(maxLength = 254)
            String contactEmail,

            @Schema(nullable = true, maxLength = 2000) String website,

            @JsonProperty("publication_category")
            @Schema(
                    maxLength = 30,
                    enumeration = {"Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige algoritmes"})
            String publicationCategory,

            @Schema(nullable = true, maxLength = 2000) String url,
            @Schema(nullable = true, maxLength = 2000) String goal,
            @Schema(nullable = true, maxLength = 2000) String proportionality,

            @JsonProperty("human_intervention") @Schema(nullable = true, maxLength = 2000)
            String humanIntervention,

            @Schema(nullable = true, maxLength = 2000) String risks,

            @JsonProperty("lawful_basis") @Schema(nullable = true, maxLength = 2000)
            String lawfulBasis,

            @JsonProperty("process_index_url") @Schema(nullable = true, maxLength = 2000)
            String processIndexUrl,

            @Schema(nullable = true, maxLength = 2000) String impacttoetsen,

            @JsonProperty("source_data") @Schema(nullable = true, maxLength = 2000)
            String sourceData,

            @JsonProperty("methods_and_models") @Schema(nullable = true, maxLength = 2000)
            String methodsAndModels,

            @Schema(nullable = true, maxLength = 20000) String provider,
            @Schema(nullable = true, maxLength = 2000) String publiccode,
            @Schema(maxLength = 3, enumeration = "nld") String lang,

            @JsonProperty("standard_version") @Schema(maxLength = 10)
            String standardVersion,

            @JsonProperty("source_id") @Schema(maxLength = 36)
            String sourceId,

            @Schema(nullable = true, maxLength = 30) String lars,

            @JsonProperty("publication_dt") @Schema(nullable = true)
            LocalDate publicationDt) {}

    static Export of(TransparencyStatement statement, String website) {
        StatementContent content = statement.content();
        LocalDate published = statement.publishedAt() == null
                ? null
                : statement.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
        return new Export(
                STANDARD_VERSION,
                content.organisationName(),
                statement.number(),
                content.entries().stream()
                        .map(entry -> algorithm(content, entry, website, published))
                        .toList());
    }

    private static Algorithm algorithm(
            StatementContent content, StatementEntry entry, String website, LocalDate published) {
        return new Algorithm(
                entry.name(),
                entry.whatItDoes() == null ? entry.name() : entry.whatItDoes(),
                content.organisationName(),
                null,
                "IN_USE".equals(entry.stage()) ? "In gebruik" : "In ontwikkeling",
                entry.since(),
                null,
                content.contactAddress(),
                website,
                publicationCategory(entry.aiActTier()),
                null,
                entry.whatItDoes(),
                null,
                entry.humanOversight(),
                risks(entry),
                null,
                null,
                entry.dpiaResult() == null ? null : "DPIA screening: " + entry.dpiaResult(),
                entry.dataCategories().isEmpty() ? null : String.join(", ", entry.dataCategories()),
                null,
                entry.tools().isEmpty() ? null : String.join("; ", entry.tools()),
                null,
                "nld",
                STANDARD_VERSION,
                entry.useCaseId() == null ? null : entry.useCaseId().toString(),
                null,
                published);
    }

    /** "title (level): safeguard; safeguard", one risk after the other; null when none is listed. */
    private static String risks(StatementEntry entry) {
        if (entry.risks().isEmpty()) {
            return null;
        }
        String text = entry.risks().stream()
                .map(risk -> risk.title() + " (" + risk.level() + ")"
                        + (risk.safeguards().isEmpty() ? "" : ": " + String.join("; ", risk.safeguards())))
                .collect(java.util.stream.Collectors.joining(" | "));
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    /** HIGH_RISK is a high-risk AI system; a TRANSPARENCY tier faces people (impactful); the rest is "other". */
    static String publicationCategory(String tier) {
        if ("HIGH_RISK".equals(tier)) {
            return "Hoog-risico AI-systeem";
        }
        return "TRANSPARENCY".equals(tier) ? "Impactvolle algoritmes" : "Overige algoritmes";
    }
}
