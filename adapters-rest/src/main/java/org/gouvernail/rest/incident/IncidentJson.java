package org.gouvernail.rest.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.incident.ContainmentStep;
import org.gouvernail.domain.incident.Duty;
import org.gouvernail.domain.incident.DutyCode;
import org.gouvernail.domain.incident.DutyState;
import org.gouvernail.domain.incident.HarmType;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentFacts;
import org.gouvernail.domain.incident.IncidentKind;
import org.gouvernail.domain.incident.IncidentStatus;
import org.gouvernail.domain.incident.IncidentType;
import org.gouvernail.domain.incident.Severity;
import org.gouvernail.domain.incident.StepTick;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.rest.shared.LocalizedText;

/** JSON shapes of the incident log. */
public final class IncidentJson {

    private IncidentJson() {}

    @Schema(
            name = "IncidentReport",
            description =
                    "What is known of an incident or near miss. detectedAt starts the clocks (GDPR art. 33(1): "
                            + "72 h from becoming aware). highRiskSystem: an AI Act high-risk system (Annex III) the association deploys.")
    public record Report(
            @NotBlank @Size(max = 200) @Schema(examples = "Notes de suivi collées dans un chatbot gratuit")
            String title,

            @Size(max = 50000) @Schema(nullable = true) String description,
            @NotNull @Schema(maxLength = 20) IncidentKind kind,
            @NotNull @Schema(maxLength = 40) IncidentType type,

            @Schema(nullable = true, examples = "2026-11-27T11:30:00Z")
            Instant occurredAt,

            @NotNull @Schema(examples = "2026-11-27T16:30:00Z")
            Instant detectedAt,

            @Size(max = IncidentFacts.MAX_LINKS)
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = IncidentFacts.MAX_LINKS)
            Set<@NotNull UUID> toolIds,

            @Size(max = IncidentFacts.MAX_LINKS)
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = IncidentFacts.MAX_LINKS)
            Set<@NotNull UUID> useCaseIds,

            @Size(max = 200)
            @Schema(nullable = true, description = "The policy rule breached, as the policy check named it")
            String policyRuleBreached,

            @Size(max = 5) @Schema(type = SchemaType.ARRAY, implementation = DataCategory.class, maxItems = 5)
            Set<@NotNull DataCategory> dataCategories,

            @Size(max = 200) @Schema(nullable = true, examples = "bénéficiaires de la permanence sociale")
            String peopleGroups,

            @Min(0) @Max(100000000) @Schema(nullable = true, minimum = "0", maximum = "100000000")
            Integer peopleCount,

            @Schema(nullable = true, defaultValue = "false") Boolean vulnerablePeople,

            @Size(max = 8) @Schema(type = SchemaType.ARRAY, implementation = HarmType.class, maxItems = 8)
            Set<@NotNull HarmType> harms,

            @Schema(nullable = true, defaultValue = "false", description = "true: the harm happened; false: potential")
            Boolean harmActual,

            @Schema(nullable = true, defaultValue = "true") Boolean harmReversible,
            @Schema(nullable = true, defaultValue = "false") Boolean highRiskSystem) {

        public IncidentFacts toDomain() {
            return new IncidentFacts(
                    title,
                    description,
                    kind,
                    type,
                    occurredAt,
                    detectedAt,
                    toolIds,
                    useCaseIds,
                    policyRuleBreached,
                    dataCategories,
                    peopleGroups,
                    peopleCount,
                    Boolean.TRUE.equals(vulnerablePeople),
                    harms,
                    Boolean.TRUE.equals(harmActual),
                    harmReversible == null || harmReversible,
                    Boolean.TRUE.equals(highRiskSystem));
        }
    }

    @Schema(name = "IncidentClosing")
    record Closing(
            @Size(max = 50000) @Schema(nullable = true, description = "Required from severity MEDIUM up")
            String lessonsLearned) {}

    @Schema(name = "SeverityOverride", description = "severity null restores the computed one")
    record Override(
            @Schema(nullable = true, maxLength = 10) Severity severity,
            @Size(max = 2000) @Schema(nullable = true) String reason) {}

    @Schema(name = "DutyCompletion")
    record Completion(
            @Size(max = 200) @Schema(nullable = true, examples = "APD-2026-1234")
            String reference) {}

    @Schema(name = "DutyWaiver")
    record Waiver(
            @NotBlank @Size(max = 2000) @Schema(examples = "Conversation supprimée ; risque improbable (art. 33(1))")
            String reason) {}

    @Schema(name = "IncidentDuty")
    record DutyView(
            DutyCode code,
            @Schema(examples = "GDPR art. 33(1)") String source,
            @Schema(description = "Why it applies (a code)") String reason,

            @Schema(nullable = true, description = "Whom to tell (art. 33(1): the supervisory authority)")
            String authority,

            @Schema(nullable = true, description = "null: without undue delay, no fixed clock")
            Instant dueAt,

            DutyState state,

            @Schema(description = "PENDING past its due time")
            boolean late,

            @Schema(nullable = true) Instant settledAt,
            @Schema(nullable = true) UUID settledBy,
            @Schema(nullable = true) String reference,
            @Schema(nullable = true) String notRequiredReason) {

        static DutyView from(Duty duty, Instant now) {
            return new DutyView(
                    duty.code(),
                    duty.code().source(),
                    duty.reason(),
                    duty.authority(),
                    duty.dueAt(),
                    duty.state(),
                    duty.lateAt(now),
                    duty.settledAt(),
                    duty.settledBy() == null ? null : duty.settledBy().value(),
                    duty.reference(),
                    duty.notRequiredReason());
        }
    }

    @Schema(name = "IncidentChecklistStep", description = "A containment step of the incident type's checklist")
    record StepView(
            @Schema(maxLength = 40, examples = "delete-conversation")
            String code,

            LocalizedText text,
            boolean ticked,
            @Schema(nullable = true) UUID tickedBy,
            @Schema(nullable = true) Instant tickedAt) {

        static StepView from(ContainmentStep step, Incident incident) {
            Optional<StepTick> tick = incident.tick(step.code());
            return new StepView(
                    step.code(),
                    LocalizedText.of(step.text()),
                    tick.isPresent(),
                    tick.map(t -> t.by().value()).orElse(null),
                    tick.map(StepTick::at).orElse(null));
        }
    }

    @Schema(name = "Incident")
    record View(
            UUID id,
            String title,
            @Schema(nullable = true) String description,
            IncidentKind kind,
            IncidentType type,
            @Schema(nullable = true) Instant occurredAt,
            Instant detectedAt,
            @Schema(maxItems = IncidentFacts.MAX_LINKS) Set<UUID> toolIds,
            @Schema(maxItems = IncidentFacts.MAX_LINKS) Set<UUID> useCaseIds,
            @Schema(nullable = true) String policyRuleBreached,
            @Schema(maxItems = 5) Set<DataCategory> dataCategories,
            @Schema(nullable = true) String peopleGroups,
            @Schema(nullable = true) Integer peopleCount,
            boolean vulnerablePeople,
            @Schema(maxItems = 8) Set<HarmType> harms,
            boolean harmActual,
            boolean harmReversible,
            boolean highRiskSystem,

            @Schema(description = "In force: the override, or the computed one")
            Severity severity,

            Severity computedSeverity,

            @Schema(maxItems = 10, description = "Why the computed severity is what it is (codes)")
            List<String> severityReasons,

            @Schema(nullable = true) String overrideReason,
            IncidentStatus status,
            @Schema(nullable = true) String lessonsLearned,
            @Schema(description = "A duty is late") boolean late,
            @Schema(maxItems = 5) List<DutyView> duties,

            @Schema(maxItems = 10, description = "The containment checklist of the incident's type, each step's state")
            List<StepView> checklist,

            UUID reportedBy,
            Instant reportedAt) {

        static View from(Incident incident, Instant now) {
            IncidentFacts facts = incident.facts();
            return new View(
                    incident.id().value(),
                    facts.title(),
                    facts.description(),
                    facts.kind(),
                    facts.type(),
                    facts.occurredAt(),
                    facts.detectedAt(),
                    facts.toolIds(),
                    facts.useCaseIds(),
                    facts.policyRuleBreached(),
                    facts.dataCategories(),
                    facts.peopleGroups(),
                    facts.peopleCount(),
                    facts.vulnerablePeople(),
                    facts.harms(),
                    facts.harmActual(),
                    facts.harmReversible(),
                    facts.highRiskSystem(),
                    incident.severity(),
                    incident.assessment().severity(),
                    incident.assessment().reasons(),
                    incident.overrideReason(),
                    incident.status(),
                    incident.lessonsLearned(),
                    incident.lateAt(now),
                    incident.duties().stream()
                            .map(duty -> DutyView.from(duty, now))
                            .toList(),
                    incident.checklist().stream()
                            .map(step -> StepView.from(step, incident))
                            .toList(),
                    incident.reportedBy().value(),
                    incident.reportedAt());
        }
    }
}
