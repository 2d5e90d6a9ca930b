package org.gouvernail.rest.inventory;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.catalogue.AdoptionFinding;
import org.gouvernail.domain.catalogue.CatalogueAdoption;
import org.gouvernail.domain.catalogue.CatalogueEntry;
import org.gouvernail.domain.catalogue.CatalogueEntryId;
import org.gouvernail.domain.catalogue.port.in.SharedCatalogue.AdoptionRequest;
import org.gouvernail.domain.catalogue.port.in.SharedCatalogue.AdoptionView;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.rest.catalogue.CatalogueJson.EntryView;

/** JSON shapes of a tool adopted from a federation's catalogue. */
final class AdoptionJson {

    private AdoptionJson() {}

    @Schema(
            name = "ToolAdoptionInput",
            description = "Adopt a published entry of a federation the organisation is an ACTIVE member of: the tool "
                    + "is declared from the entry; the organisation's own data categories are re-evaluated against "
                    + "the entry's data ceiling.")
    record Input(
            @NotNull UUID entryId,

            @NotEmpty @Size(max = 5) @Schema(examples = "[\"INTERNAL\", \"PERSONAL\"]")
            Set<@NotNull DataCategory> dataCategories,

            @Size(max = 2000) @Schema(examples = "Comptes rendus de réunions", nullable = true)
            String description,

            @Size(max = ToolDetails.MAX_TEAMS) @Schema(examples = "[\"Communication\"]")
            List<@NotBlank @Size(max = ToolDetails.TEAM_LENGTH) String> teams,

            @Min(0) @Max(ToolDetails.MAX_USERS) @Schema(examples = "5", nullable = true)
            Integer estimatedUsers,

            @DecimalMin("0")
            @DecimalMax("100000000")
            @Digits(integer = 9, fraction = 2)
            @Schema(examples = "0", nullable = true)
            BigDecimal yearlyCostEur) {

        AdoptionRequest toDomain() {
            return new AdoptionRequest(
                    new CatalogueEntryId(entryId), dataCategories, description, teams, estimatedUsers, yearlyCostEur);
        }
    }

    @Schema(name = "AdoptionFinding")
    record Finding(
            @Schema(
                    enumeration = {"DATA_ABOVE_CEILING", "ASSESSMENT_BLOCKED", "NOT_RECOMMENDED", "CONDITIONS_APPLY"},
                    maxLength = 30)
            String code,

            @Schema(
                    description = "A blocking finding keeps the tool from approval until an assessment of the "
                            + "organisation's own, validated after the adoption, covers it")
            boolean blocking,

            @Schema(nullable = true, description = "The organisation's data category above the ceiling")
            DataCategory declared,

            DataCategory ceiling) {

        static Finding from(AdoptionFinding finding) {
            return new Finding(finding.code().name(), finding.blocking(), finding.declared(), finding.ceiling());
        }
    }

    @Schema(name = "ToolAdoption")
    record View(
            UUID toolId,
            @Schema(maxLength = 200) String toolName,

            @Schema(description = "The tool's status in the organisation's inventory")
            ToolStatus toolStatus,

            UUID entryId,
            UUID federationId,
            @Schema(maxItems = 5) Set<DataCategory> dataCategories,
            @Schema(maxItems = 10) List<Finding> findings,

            @Schema(description = "Whether approval is blocked until the organisation's own assessment covers its data")
            boolean blocksApproval,

            @Schema(description = "The entry revision last reviewed", minimum = "0", maximum = "2147483647")
            int revisionSeen,

            @Schema(
                    description = "The entry's current revision (null when the federation's entry is gone)",
                    nullable = true,
                    minimum = "0",
                    maximum = "2147483647")
            Integer entryRevision,

            @Schema(description = "The entry changed upstream since the last review: POST …/adoption/review")
            boolean reviewDue,

            Instant adoptedAt,

            @Schema(nullable = true, description = "The entry as the federation keeps it now (read-only)")
            EntryView entry) {

        static View from(AdoptionView view) {
            return from(view.adoption(), view.entry(), view.toolName(), view.toolStatus());
        }

        static View from(CatalogueAdoption adoption, CatalogueEntry entry, String toolName, ToolStatus toolStatus) {
            return new View(
                    adoption.toolId().value(),
                    toolName,
                    toolStatus,
                    adoption.entryId().value(),
                    adoption.federationId().value(),
                    adoption.dataCategories(),
                    adoption.findings().stream().map(Finding::from).toList(),
                    adoption.blocksApproval(),
                    adoption.revisionSeen(),
                    entry == null ? null : entry.revision(),
                    entry != null && adoption.dueForReview(entry),
                    adoption.adoptedAt(),
                    entry == null ? null : EntryView.from(entry));
        }
    }
}
