package org.gouvernail.rest.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.catalogue.CatalogueEntry;
import org.gouvernail.domain.catalogue.CatalogueStatus;
import org.gouvernail.domain.catalogue.EntryContent;
import org.gouvernail.domain.catalogue.Recommendation;
import org.gouvernail.domain.catalogue.port.in.SharedCatalogue.AdoptionCount;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.shared.DataCategory;

/** JSON shapes of a federation's shared tool catalogue. */
public final class CatalogueJson {

    private CatalogueJson() {}

    @Schema(
            name = "FederationCatalogueEntryDetails",
            description = "What a catalogue entry says: to create one, or its editable part (PATCH, JSON merge patch).")
    public record Details(
            @NotBlank @Size(max = EntryContent.MAX_NAME) @Schema(examples = "Mistral Le Chat")
            String name,

            @NotBlank @Size(max = EntryContent.MAX_NAME) @Schema(examples = "Mistral AI")
            String vendor,

            @NotNull @Schema(examples = "TEXT_GENERATION") ToolCategory category,
            @NotNull @Schema(examples = "PROFESSIONAL") AccountType accountType,

            @Size(max = EntryContent.MAX_NAME) @Schema(examples = "Team", nullable = true)
            String plan,

            @NotNull @Schema(examples = "EU") HostingRegion hostingRegion,
            @NotNull @Schema(examples = "GOOD") AssessmentLevel assessmentLevel,

            @NotNull
            @Schema(examples = "INTERNAL", description = "The highest data category the federation's assessment covers")
            DataCategory dataCeiling,

            @NotNull @Schema(examples = "ALLOWED_WITH_CONDITIONS")
            Recommendation recommendation,

            @Size(max = EntryContent.MAX_TEXT)
            @Schema(
                    examples = "Compte d'équipe uniquement; pas de données de bénéficiaires",
                    nullable = true,
                    description = "Required with ALLOWED_WITH_CONDITIONS")
            String conditions,

            @NotBlank @Size(max = EntryContent.MAX_TEXT) @Schema(examples = "Hébergé dans l'UE, DPA signé")
            String rationale,

            @Size(max = EntryContent.MAX_URL) @Schema(examples = "https://federation.example/dpa.pdf", nullable = true)
            String agreementUrl,

            @Size(max = EntryContent.MAX_URL) @Schema(examples = "https://federation.example/offre", nullable = true)
            String offerUrl,

            @NotNull @Schema(examples = "2026-11-01") LocalDate reviewedOn,

            @Schema(examples = "2027-11-01", nullable = true, description = "After reviewedOn")
            LocalDate nextReviewOn) {

        public static Details from(EntryContent content) {
            return new Details(
                    content.name(),
                    content.vendor(),
                    content.category(),
                    content.accountType(),
                    content.plan(),
                    content.hostingRegion(),
                    content.assessmentLevel(),
                    content.dataCeiling(),
                    content.recommendation(),
                    content.conditions(),
                    content.rationale(),
                    content.agreementUrl(),
                    content.offerUrl(),
                    content.reviewedOn(),
                    content.nextReviewOn());
        }

        public EntryContent toDomain() {
            return new EntryContent(
                    name,
                    vendor,
                    category,
                    accountType,
                    plan,
                    hostingRegion,
                    assessmentLevel,
                    dataCeiling,
                    recommendation,
                    conditions,
                    rationale,
                    agreementUrl,
                    offerUrl,
                    reviewedOn,
                    nextReviewOn);
        }
    }

    @Schema(name = "FederationCatalogueEntry")
    public record EntryView(
            UUID id,
            UUID federationId,
            CatalogueStatus status,

            @Schema(
                    description = "The assessment revision adopters were told of: 0 as a draft, 1 at publication, "
                            + "raised by a re-assessment or a deprecation",
                    minimum = "0",
                    maximum = "2147483647")
            int revision,

            @Schema(nullable = true) Instant publishedAt,
            Instant changedAt,
            Details content) {

        public static EntryView from(CatalogueEntry entry) {
            return new EntryView(
                    entry.id().value(),
                    entry.federationId().value(),
                    entry.status(),
                    entry.revision(),
                    entry.publishedAt(),
                    entry.changedAt(),
                    Details.from(entry.content()));
        }
    }

    @Schema(
            name = "FederationCatalogueAdoptionCount",
            description = "How many ACTIVE members adopted an entry; below the minimum group size the count is "
                    + "suppressed (adopters null)")
    public record CountView(
            UUID entryId,

            @Schema(nullable = true, minimum = "0", maximum = "1000000")
            Long adopters,

            boolean suppressed) {

        static CountView from(AdoptionCount count) {
            return new CountView(count.entryId().value(), count.adopters(), count.suppressed());
        }
    }
}
