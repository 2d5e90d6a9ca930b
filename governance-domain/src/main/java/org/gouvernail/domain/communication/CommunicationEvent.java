package org.gouvernail.domain.communication;

import java.util.UUID;
import org.gouvernail.domain.shared.Changes;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the communication plans and their actions. */
public sealed interface CommunicationEvent extends DomainEvent {

    record PlanDrawnUp(OrganisationId organisationId, CommunicationPlanId planId, PlanDetails details)
            implements CommunicationEvent {

        @Override
        public String action() {
            return "communication-plan.drawn-up";
        }

        @Override
        public String subjectType() {
            return "COMMUNICATION_PLAN";
        }

        @Override
        public UUID subjectId() {
            return planId.value();
        }

        @Override
        public String summary() {
            return Changes.of(details);
        }
    }

    record PlanUpdated(OrganisationId organisationId, CommunicationPlanId planId, PlanDetails before, PlanDetails after)
            implements CommunicationEvent {

        @Override
        public String action() {
            return "communication-plan.updated";
        }

        @Override
        public String subjectType() {
            return "COMMUNICATION_PLAN";
        }

        @Override
        public UUID subjectId() {
            return planId.value();
        }

        @Override
        public String summary() {
            return Changes.between(before, after);
        }
    }

    /** Events of one action; the summary names its plan. */
    sealed interface ActionEvent extends CommunicationEvent {

        CommunicationActionId actionId();

        @Override
        default String subjectType() {
            return "COMMUNICATION_ACTION";
        }

        @Override
        default UUID subjectId() {
            return actionId().value();
        }
    }

    record ActionPlanned(
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationActionId actionId,
            CommunicationDetails details)
            implements ActionEvent {

        @Override
        public String action() {
            return "communication-action.planned";
        }

        @Override
        public String summary() {
            return "plan: " + planId + "; " + Changes.of(details);
        }
    }

    record ActionUpdated(
            OrganisationId organisationId,
            CommunicationActionId actionId,
            CommunicationDetails before,
            CommunicationDetails after)
            implements ActionEvent {

        @Override
        public String action() {
            return "communication-action.updated";
        }

        @Override
        public String summary() {
            return Changes.between(before, after);
        }
    }

    /** Moved along its life cycle; the action names the target status. */
    record ActionStatusChanged(CommunicationAction before, CommunicationAction after) implements ActionEvent {

        @Override
        public OrganisationId organisationId() {
            return after.organisationId();
        }

        @Override
        public CommunicationActionId actionId() {
            return after.id();
        }

        @Override
        public String action() {
            return switch (after.status()) {
                case PLANNED -> "communication-action.planned";
                case READY -> "communication-action.ready";
                case DONE -> "communication-action.done";
                case CANCELLED -> "communication-action.cancelled";
            };
        }

        @Override
        public String summary() {
            return "status: " + before.status() + " → " + after.status()
                    + (after.doneOn() == null ? "" : "; doneOn: " + after.doneOn())
                    + (after.peopleReached() == null ? "" : "; peopleReached: " + after.peopleReached());
        }
    }
}
