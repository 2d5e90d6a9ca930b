package org.gouvernail.rest.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.incident.IncidentAction;
import org.gouvernail.domain.incident.IncidentActionState;

/** JSON shapes of the actions of an incident's response plan. */
final class IncidentActionJson {

    private IncidentActionJson() {}

    @Schema(name = "IncidentActionPlan", description = "An action of the response, its owner (a member) and due date")
    record Plan(
            @NotBlank @Size(max = 200) @Schema(examples = "Supprimer la conversation dans le compte ChatGPT")
            String title,

            @NotNull @Schema(description = "A member of the organisation")
            UUID ownerId,

            @NotNull @Schema(examples = "2026-12-01") LocalDate dueOn) {}

    @Schema(name = "IncidentActionDone")
    record Done(
            @Size(max = 2000) @Schema(nullable = true, examples = "Conversation supprimée, capture jointe au dossier")
            String note) {}

    @Schema(name = "IncidentActionCancellation")
    record Cancellation(
            @NotBlank @Size(max = 2000) @Schema(examples = "Le fournisseur a déjà supprimé le compte")
            String reason) {}

    @Schema(name = "IncidentAction")
    record View(
            UUID id,
            UUID incidentId,
            String title,
            UUID ownerId,
            LocalDate dueOn,
            IncidentActionState state,

            @Schema(description = "OPEN and its due date has passed")
            boolean late,

            @Schema(nullable = true, description = "DONE: the outcome; CANCELLED: the reason")
            String note,

            UUID createdBy,
            Instant createdAt,
            @Schema(nullable = true) UUID settledBy,
            @Schema(nullable = true) Instant settledAt) {

        static View from(IncidentAction action, LocalDate today) {
            return new View(
                    action.id().value(),
                    action.incidentId().value(),
                    action.title(),
                    action.ownerId().value(),
                    action.dueOn(),
                    action.state(),
                    action.lateOn(today),
                    action.note(),
                    action.createdBy().value(),
                    action.createdAt(),
                    action.settledBy() == null ? null : action.settledBy().value(),
                    action.settledAt());
        }
    }

    @Schema(name = "IncidentActionList", description = "Every action of the incident, due date order")
    record ListView(
            @Schema(maxItems = IncidentAction.MAX_PER_INCIDENT)
            List<View> items) {}
}
