package org.gouvernail.rest.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.risk.Acceptance;
import org.gouvernail.domain.risk.ActionDetails;
import org.gouvernail.domain.risk.ActionStatus;
import org.gouvernail.domain.risk.CatalogueEntry;
import org.gouvernail.domain.risk.MitigationAction;
import org.gouvernail.domain.risk.Rating;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskCatalogue;
import org.gouvernail.domain.risk.RiskCategory;
import org.gouvernail.domain.risk.RiskDetails;
import org.gouvernail.domain.risk.RiskDraft;
import org.gouvernail.domain.risk.RiskHeatmap;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.RiskLevel;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.risk.Treatment;
import org.gouvernail.rest.shared.LocalizedText;

/** JSON shapes of the risk register and the risk catalogue. */
final class RiskJson {

    private RiskJson() {}

    @Schema(
            name = "RiskCreation",
            description = "A risk to raise. With fromCatalogue, every field left out is taken from that "
                    + "catalogue entry in the organisation's language (and its suggested actions are created unless withSuggestedActions is "
                    + "false); without it, title, category, likelihood and severity are required.")
    record Creation(
            @Size(max = 10)
            @Pattern(regexp = "R[0-9]{2}")
            @Schema(examples = "R01", nullable = true, pattern = "^R[0-9]{2}$")
            String fromCatalogue,

            @Size(max = 200) @Schema(examples = "Notes de suivi collées dans ChatGPT", nullable = true)
            String title,

            @Size(max = 2000) @Schema(nullable = true) String description,

            @Schema(examples = "PRIVACY", nullable = true, maxLength = 40)
            RiskCategory category,

            @Min(1) @Max(5) @Schema(examples = "4", nullable = true, minimum = "1", maximum = "5")
            Integer likelihood,

            @Min(1) @Max(5) @Schema(examples = "5", nullable = true, minimum = "1", maximum = "5")
            Integer severity,

            @Schema(
                    description = "MITIGATE, AVOID or TRANSFER; ACCEPT only through POST …/accept",
                    nullable = true,
                    maxLength = 40)
            Treatment treatment,

            @Size(max = RiskDetails.MAX_TOOLS)
            @Schema(
                    description = "Tools of this organisation the risk concerns",
                    type = SchemaType.ARRAY,
                    implementation = UUID.class,
                    maxItems = RiskDetails.MAX_TOOLS)
            Set<@NotNull UUID> toolIds,

            @Schema(description = "Member who answers for the risk", nullable = true, maxLength = 36)
            UUID ownerId,

            @Schema(
                    examples = "2027-03-01",
                    nullable = true,
                    maxLength = 10,
                    implementation = String.class,
                    format = "date")
            LocalDate nextReviewDate,

            @Schema(
                    description = "With fromCatalogue: create the entry's suggested actions (default true)",
                    defaultValue = "true",
                    nullable = true)
            Boolean withSuggestedActions) {

        RiskDraft toDomain() {
            return new RiskDraft(
                    fromCatalogue,
                    title,
                    description,
                    category,
                    likelihood,
                    severity,
                    treatment,
                    asToolIds(toolIds),
                    memberId(ownerId),
                    nextReviewDate,
                    withSuggestedActions == null || withSuggestedActions);
        }
    }

    @Schema(
            name = "RiskDetails",
            description = "The editable part of a risk (PATCH with a JSON merge patch). Score and level are "
                    + "computed. Residual likelihood and severity go together, need at least one action that is not cancelled, and never "
                    + "exceed the inherent ones.")
    record Details(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) @Schema(nullable = true) String description,
            @NotNull RiskCategory category,

            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5")
            Integer likelihood,

            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5")
            Integer severity,

            @Min(1) @Max(5) @Schema(nullable = true, minimum = "1", maximum = "5")
            Integer residualLikelihood,

            @Min(1) @Max(5) @Schema(nullable = true, minimum = "1", maximum = "5")
            Integer residualSeverity,

            @Schema(nullable = true, maxLength = 40) Treatment treatment,

            @Size(max = RiskDetails.MAX_TOOLS)
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = RiskDetails.MAX_TOOLS)
            Set<@NotNull UUID> toolIds,

            @Schema(nullable = true, maxLength = 36) UUID ownerId,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate nextReviewDate) {

        static Details from(RiskDetails details) {
            return new Details(
                    details.title(),
                    details.description(),
                    details.category(),
                    details.likelihood(),
                    details.severity(),
                    details.residualLikelihood(),
                    details.residualSeverity(),
                    details.treatment(),
                    uuids(details.toolIds()),
                    details.ownerId() == null ? null : details.ownerId().value(),
                    details.nextReviewDate());
        }

        RiskDetails toDomain() {
            return new RiskDetails(
                    title,
                    description,
                    category,
                    likelihood,
                    severity,
                    residualLikelihood,
                    residualSeverity,
                    treatment,
                    asToolIds(toolIds),
                    memberId(ownerId),
                    nextReviewDate);
        }
    }

    @Schema(name = "RiskAcceptance", description = "Why the organisation accepts the risk as it is.")
    record AcceptanceRequest(
            @NotBlank @Size(max = 2000) @Schema(examples = "Usage limité à des textes publics ; revu dans six mois")
            String rationale) {}

    @Schema(
            name = "RiskActionDetails",
            description = "A mitigation action to add, or its editable part (PATCH with a JSON merge patch).")
    record ActionInput(
            @NotBlank @Size(max = 200) @Schema(examples = "Former l'équipe à anonymiser les notes")
            String title,

            @Schema(description = "Member who carries the action", nullable = true, maxLength = 36)
            UUID ownerId,

            @Schema(
                    examples = "2027-01-31",
                    nullable = true,
                    maxLength = 10,
                    implementation = String.class,
                    format = "date")
            LocalDate dueDate,

            @Schema(defaultValue = "PLANNED", nullable = true, maxLength = 40)
            ActionStatus status) {

        static ActionInput from(ActionDetails details) {
            return new ActionInput(
                    details.title(),
                    details.ownerId() == null ? null : details.ownerId().value(),
                    details.dueDate(),
                    details.status());
        }

        ActionDetails toDomain() {
            return new ActionDetails(title, memberId(ownerId), dueDate, status);
        }
    }

    @Schema(name = "RiskAction")
    record ActionView(
            UUID id,
            @Schema(maxLength = 200) String title,
            @Schema(nullable = true, maxLength = 36) UUID ownerId,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate dueDate,

            ActionStatus status,

            @Schema(description = "Not DONE or CANCELLED and past its due date")
            boolean overdue) {

        static ActionView from(MitigationAction action, LocalDate today) {
            ActionDetails details = action.details();
            return new ActionView(
                    action.id().value(),
                    details.title(),
                    details.ownerId() == null ? null : details.ownerId().value(),
                    details.dueDate(),
                    details.status(),
                    action.overdueOn(today));
        }
    }

    @Schema(name = "RiskAcceptanceRecord", description = "Who accepted the risk, when and why.")
    record AcceptanceView(
            @Schema(maxLength = 2000) String rationale,
            UUID acceptedBy,
            Instant acceptedAt,

            @Schema(
                    description = "The committee decision that accepted the risk (required for HIGH and CRITICAL)",
                    nullable = true,
                    maxLength = 36)
            UUID decisionId) {

        static AcceptanceView from(Acceptance acceptance) {
            return acceptance == null
                    ? null
                    : new AcceptanceView(
                            acceptance.rationale(),
                            acceptance.acceptedBy().value(),
                            acceptance.acceptedAt(),
                            acceptance.decisionId());
        }
    }

    @Schema(name = "Risk")
    record View(
            UUID id,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 2000, nullable = true) String description,
            RiskCategory category,
            @Schema(minimum = "1", maximum = "5") int likelihood,
            @Schema(minimum = "1", maximum = "5") int severity,

            @Schema(description = "likelihood × severity", minimum = "1", maximum = "25")
            int score,

            @Schema(description = "LOW 1–4, MEDIUM 5–9, HIGH 10–16, CRITICAL 20–25")
            RiskLevel level,

            @Schema(nullable = true, minimum = "1", maximum = "5")
            Integer residualLikelihood,

            @Schema(nullable = true, minimum = "1", maximum = "5")
            Integer residualSeverity,

            @Schema(nullable = true, minimum = "1", maximum = "25")
            Integer residualScore,

            @Schema(nullable = true, maxLength = 40) RiskLevel residualLevel,
            @Schema(nullable = true, maxLength = 40) Treatment treatment,

            @Schema(nullable = true, description = "Set while the treatment is ACCEPT")
            AcceptanceView acceptance,

            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = RiskDetails.MAX_TOOLS)
            List<UUID> toolIds,

            @Schema(nullable = true, maxLength = 36) UUID ownerId,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate nextReviewDate,

            RiskStatus status,

            @Schema(description = "Not CLOSED, and the review date or an unsettled action's due date has passed")
            boolean overdue,

            @Schema(maxItems = Risk.MAX_ACTIONS) List<ActionView> actions,

            @Schema(description = "Catalogue entry the risk started from", nullable = true, maxLength = 10)
            String fromCatalogue,

            @Schema(description = "Member who raised the risk")
            UUID raisedBy,

            Instant raisedAt,

            @Schema(description = "Same value as the ETag header.", minimum = "0", maximum = "9223372036854775807")
            long version) {

        static View from(Risk risk, LocalDate today) {
            RiskDetails details = risk.details();
            Rating residual = risk.residual().orElse(null);
            return new View(
                    risk.id().value(),
                    details.title(),
                    details.description(),
                    details.category(),
                    details.likelihood(),
                    details.severity(),
                    risk.inherent().score(),
                    risk.inherent().level(),
                    details.residualLikelihood(),
                    details.residualSeverity(),
                    residual == null ? null : residual.score(),
                    residual == null ? null : residual.level(),
                    details.treatment(),
                    AcceptanceView.from(risk.acceptance()),
                    uuids(details.toolIds()).stream().toList(),
                    details.ownerId() == null ? null : details.ownerId().value(),
                    details.nextReviewDate(),
                    risk.status(),
                    risk.overdueOn(today),
                    risk.actions().stream().map(a -> ActionView.from(a, today)).toList(),
                    risk.catalogueEntry(),
                    risk.raisedBy().value(),
                    risk.raisedAt(),
                    risk.version());
        }
    }

    @Schema(name = "RiskHeatmapCell")
    record Cell(
            @Schema(minimum = "1", maximum = "5") int likelihood,
            @Schema(minimum = "1", maximum = "5") int severity,
            @Schema(minimum = "1", maximum = "25") int score,
            RiskLevel level,

            @Schema(description = "Exact number of risks in the cell", minimum = "0", maximum = "2147483647")
            int count,

            @Schema(
                    description = "Their ids, oldest first; at most 200",
                    type = SchemaType.ARRAY,
                    implementation = UUID.class,
                    maxItems = RiskHeatmap.MAX_IDS_PER_CELL)
            List<UUID> riskIds) {

        static Cell from(RiskHeatmap.Cell cell) {
            return new Cell(
                    cell.likelihood(),
                    cell.severity(),
                    cell.rating().score(),
                    cell.rating().level(),
                    cell.count(),
                    cell.riskIds().stream().map(RiskId::value).toList());
        }
    }

    @Schema(
            name = "RiskHeatmap",
            description = "The 5 × 5 grid of the risks that are not closed. In the residual grid a risk whose "
                    + "residual rating is not assessed yet sits at its inherent rating.")
    record Heatmap(
            @Schema(minimum = "0", maximum = "2147483647") int openRisks,

            @Schema(description = "How many of them have a residual rating", minimum = "0", maximum = "2147483647")
            int residualAssessed,

            @Schema(description = "25 cells: likelihood 1–5, then severity 1–5", maxItems = 25)
            List<Cell> inherent,

            @Schema(description = "25 cells, same order", maxItems = 25)
            List<Cell> residual) {

        static Heatmap from(RiskHeatmap heatmap) {
            return new Heatmap(
                    heatmap.openRisks(),
                    heatmap.residualAssessed(),
                    heatmap.inherent().stream().map(Cell::from).toList(),
                    heatmap.residual().stream().map(Cell::from).toList());
        }
    }

    @Schema(name = "RiskCatalogueEntry")
    record Entry(
            @Schema(maxLength = 10, examples = "R01") String id,
            RiskCategory category,

            @Schema(description = "Suggested", minimum = "1", maximum = "5")
            int likelihood,

            @Schema(description = "Suggested", minimum = "1", maximum = "5")
            int severity,

            @Schema(minimum = "1", maximum = "25") int score,
            RiskLevel level,
            LocalizedText title,
            LocalizedText description,
            @Schema(maxItems = 10) List<LocalizedText> suggestedActions,

            @Schema(description = "Where the entry comes from", maxLength = 500)
            String source) {

        static Entry from(CatalogueEntry entry) {
            Rating rating = entry.suggestedRating();
            return new Entry(
                    entry.id(),
                    entry.category(),
                    rating.likelihood(),
                    rating.severity(),
                    rating.score(),
                    rating.level(),
                    LocalizedText.of(entry.title()),
                    LocalizedText.of(entry.description()),
                    entry.suggestedActions().stream().map(LocalizedText::of).toList(),
                    entry.source());
        }
    }

    @Schema(
            name = "RiskCatalogue",
            description = "Starter catalogue of typical risks for associations using AI, in the platform's languages.")
    record Catalogue(
            @Schema(maxLength = 2000) String attribution,
            @Schema(maxItems = 100) List<Entry> items) {

        static Catalogue from(List<CatalogueEntry> entries) {
            return new Catalogue(
                    RiskCatalogue.ATTRIBUTION, entries.stream().map(Entry::from).toList());
        }
    }

    private static Set<ToolId> asToolIds(Set<UUID> ids) {
        return ids == null
                ? Set.of()
                : ids.stream().map(ToolId::new).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<UUID> uuids(Set<ToolId> ids) {
        return ids.stream()
                .map(ToolId::value)
                .sorted(Comparator.comparing(UUID::toString))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static MemberId memberId(UUID id) {
        return id == null ? null : new MemberId(id);
    }
}
