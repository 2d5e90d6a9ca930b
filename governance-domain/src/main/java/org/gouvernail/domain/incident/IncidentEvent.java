package org.gouvernail.domain.incident;

import java.util.UUID;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the incident log; each names its incident. */
public sealed interface IncidentEvent extends DomainEvent {

    IncidentId incidentId();

    @Override
    default String subjectType() {
        return "INCIDENT";
    }

    @Override
    default UUID subjectId() {
        return incidentId().value();
    }

    record IncidentReported(
            OrganisationId organisationId, IncidentId incidentId, IncidentType type, Severity severity, int duties)
            implements IncidentEvent {

        @Override
        public String action() {
            return "incident.reported";
        }

        @Override
        public String summary() {
            return "type: " + type + "; severity: " + severity + "; duties: " + duties;
        }
    }

    record SeverityOverridden(
            OrganisationId organisationId, IncidentId incidentId, Severity before, Severity after, String reason)
            implements IncidentEvent {

        @Override
        public String action() {
            return "incident.severity-overridden";
        }

        @Override
        public String summary() {
            return "severity: " + before + " → " + after + (reason == null ? "" : "; reason: " + reason);
        }
    }

    record IncidentStatusChanged(
            OrganisationId organisationId, IncidentId incidentId, IncidentStatus before, IncidentStatus after)
            implements IncidentEvent {

        @Override
        public String action() {
            return "incident." + after.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String summary() {
            return "status: " + before + " → " + after;
        }
    }

    record DutySettled(OrganisationId organisationId, IncidentId incidentId, Duty duty) implements IncidentEvent {

        @Override
        public String action() {
            return duty.state() == DutyState.DONE ? "incident.duty-done" : "incident.duty-not-required";
        }

        @Override
        public String summary() {
            return "duty: " + duty.code() + "; state: " + duty.state()
                    + (duty.reference() == null ? "" : "; reference: " + duty.reference())
                    + (duty.notRequiredReason() == null ? "" : "; reason: " + duty.notRequiredReason());
        }
    }

    record ContractDutySettled(OrganisationId organisationId, IncidentId incidentId, ContractDuty duty)
            implements IncidentEvent {

        @Override
        public String action() {
            return duty.state() == DutyState.DONE ? "incident.duty-done" : "incident.duty-not-required";
        }

        @Override
        public String summary() {
            return "duty: CONTRACT; rule: " + duty.ruleId() + "; counterparty: " + duty.counterparty()
                    + "; state: " + duty.state()
                    + (duty.reference() == null ? "" : "; reference: " + duty.reference())
                    + (duty.notRequiredReason() == null ? "" : "; reason: " + duty.notRequiredReason());
        }
    }

    record ActionPlanned(OrganisationId organisationId, IncidentId incidentId, IncidentAction step)
            implements IncidentEvent {

        @Override
        public String action() {
            return "incident.action-planned";
        }

        @Override
        public String summary() {
            return "action: " + step.id() + "; owner: " + step.ownerId() + "; due: " + step.dueOn();
        }
    }

    record ActionSettled(OrganisationId organisationId, IncidentId incidentId, IncidentAction step)
            implements IncidentEvent {

        @Override
        public String action() {
            return step.state() == IncidentActionState.DONE ? "incident.action-done" : "incident.action-cancelled";
        }

        @Override
        public String summary() {
            return "action: " + step.id() + "; state: " + step.state();
        }
    }

    record ChecklistStepTicked(OrganisationId organisationId, IncidentId incidentId, String step)
            implements IncidentEvent {

        @Override
        public String action() {
            return "incident.step-ticked";
        }

        @Override
        public String summary() {
            return "step: " + step;
        }
    }

    record ObservationAdded(OrganisationId organisationId, IncidentId incidentId, UUID noteId)
            implements IncidentEvent {

        @Override
        public String action() {
            return "incident.observation-added";
        }

        @Override
        public String summary() {
            return "observation: " + noteId;
        }
    }
}
