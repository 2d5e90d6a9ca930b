package org.gouvernail.domain.risk;

import java.util.UUID;
import org.gouvernail.domain.shared.Changes;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the risk register; each names its risk, mitigation actions included. */
public sealed interface RiskEvent extends DomainEvent {

    RiskId riskId();

    @Override
    default String subjectType() {
        return "RISK";
    }

    @Override
    default UUID subjectId() {
        return riskId().value();
    }

    /** Raised, possibly from a catalogue entry that suggested {@code actions} mitigation actions. */
    record RiskRaised(
            OrganisationId organisationId, RiskId riskId, RiskDetails details, String catalogueEntry, int actions)
            implements RiskEvent {

        @Override
        public String action() {
            return "risk.raised";
        }

        @Override
        public String summary() {
            return Changes.of(details)
                    + (catalogueEntry == null ? "" : "; fromCatalogue: " + catalogueEntry)
                    + (actions == 0 ? "" : "; actions: " + actions);
        }
    }

    record RiskUpdated(OrganisationId organisationId, RiskId riskId, RiskDetails before, RiskDetails after)
            implements RiskEvent {

        @Override
        public String action() {
            return "risk.updated";
        }

        @Override
        public String summary() {
            return Changes.between(before, after);
        }
    }

    /** Moved along its life cycle; the action names the target status. */
    record RiskStatusChanged(OrganisationId organisationId, RiskId riskId, RiskStatus before, RiskStatus after)
            implements RiskEvent {

        @Override
        public String action() {
            return switch (after) {
                case OPEN -> "risk.reopened";
                case TREATING -> "risk.treatment-started";
                case MONITORED -> "risk.monitored";
                case CLOSED -> "risk.closed";
            };
        }

        @Override
        public String summary() {
            return "status: " + before + " → " + after;
        }
    }

    /** Accepted by a governor (a level the committee need not decide). */
    record RiskAccepted(Risk before, Risk after) implements RiskEvent {

        @Override
        public OrganisationId organisationId() {
            return after.organisationId();
        }

        @Override
        public RiskId riskId() {
            return after.id();
        }

        @Override
        public String action() {
            return "risk.accepted";
        }

        @Override
        public String summary() {
            return "treatment: " + before.details().treatment() + " → ACCEPT; status: " + before.status() + " → "
                    + after.status() + "; level: " + before.current().level() + "; rationale: "
                    + after.acceptance().rationale();
        }
    }

    /** Accepted by the committee's decision {@code decisionId}, whatever its level. */
    record RiskAcceptedByDecision(Risk before, Risk after, UUID decisionId) implements RiskEvent {

        @Override
        public OrganisationId organisationId() {
            return after.organisationId();
        }

        @Override
        public RiskId riskId() {
            return after.id();
        }

        @Override
        public String action() {
            return "risk.accepted-by-decision";
        }

        /** The change alone, which the decision's own audit summary repeats. */
        public String change() {
            return "treatment: " + before.details().treatment() + " → "
                    + after.details().treatment() + "; status: " + before.status() + " → " + after.status();
        }

        @Override
        public String summary() {
            return change() + "; decision: " + decisionId;
        }
    }

    record RiskRemoved(OrganisationId organisationId, RiskId riskId, String title, RiskStatus status)
            implements RiskEvent {

        @Override
        public String action() {
            return "risk.removed";
        }

        @Override
        public String summary() {
            return "title: " + title + "; status: " + status;
        }
    }

    record ActionAdded(OrganisationId organisationId, RiskId riskId, ActionId actionId, ActionDetails details)
            implements RiskEvent {

        @Override
        public String action() {
            return "risk.action-added";
        }

        @Override
        public String summary() {
            return "action " + actionId + ": " + Changes.of(details);
        }
    }

    record ActionUpdated(
            OrganisationId organisationId, RiskId riskId, ActionId actionId, ActionDetails before, ActionDetails after)
            implements RiskEvent {

        @Override
        public String action() {
            return "risk.action-updated";
        }

        @Override
        public String summary() {
            return "action " + actionId + ": " + Changes.between(before, after);
        }
    }

    record ActionRemoved(OrganisationId organisationId, RiskId riskId, ActionId actionId, ActionDetails details)
            implements RiskEvent {

        @Override
        public String action() {
            return "risk.action-removed";
        }

        @Override
        public String summary() {
            return "action " + actionId + ": title: " + details.title() + "; status: " + details.status();
        }
    }
}
