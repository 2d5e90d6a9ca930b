package org.gouvernail.domain.usecase;

import java.util.UUID;
import org.gouvernail.domain.shared.Changes;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the use-case portfolio; each names its use case. */
public sealed interface UseCaseEvent extends DomainEvent {

    UseCaseId useCaseId();

    @Override
    default String subjectType() {
        return "USE_CASE";
    }

    @Override
    default UUID subjectId() {
        return useCaseId().value();
    }

    /** Proposed, from a catalogue entry when {@code catalogueEntry} is not null. */
    record UseCaseProposed(
            OrganisationId organisationId, UseCaseId useCaseId, UseCaseDetails details, String catalogueEntry)
            implements UseCaseEvent {

        @Override
        public String action() {
            return "use-case.proposed";
        }

        @Override
        public String summary() {
            return (catalogueEntry == null ? "" : "fromCatalogue: " + catalogueEntry + "; ") + Changes.of(details);
        }
    }

    record UseCaseUpdated(
            OrganisationId organisationId, UseCaseId useCaseId, UseCaseDetails before, UseCaseDetails after)
            implements UseCaseEvent {

        @Override
        public String action() {
            return "use-case.updated";
        }

        @Override
        public String summary() {
            return Changes.between(before, after);
        }
    }

    record UseCaseRemoved(OrganisationId organisationId, UseCaseId useCaseId, String title, UseCaseStatus status)
            implements UseCaseEvent {

        @Override
        public String action() {
            return "use-case.removed";
        }

        @Override
        public String summary() {
            return "title: " + title + "; status: " + status;
        }
    }

    /**
     * Moved along its life cycle by a member (submitted, pilot started, put in use, retired); the
     * action names the target. The committee's outcomes are {@link UseCaseDecided}.
     */
    record UseCaseMoved(OrganisationId organisationId, UseCaseId useCaseId, UseCaseStatus before, UseCaseStatus after)
            implements UseCaseEvent {

        public UseCaseMoved {
            if (after == UseCaseStatus.IDEA
                    || after == UseCaseStatus.SUSPENDED
                    || UseCaseStatus.DECISION_OUTCOMES.contains(after)) {
                throw new IllegalArgumentException("no member moves a use case to " + after);
            }
        }

        @Override
        public String action() {
            return switch (after) {
                case SUBMITTED -> "use-case.submitted";
                case PILOT -> "use-case.pilot-started";
                case IN_USE -> "use-case.put-in-use";
                case RETIRED -> "use-case.retired";
                case IDEA, APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, SUSPENDED ->
                    throw new IllegalStateException("checked by the constructor");
            };
        }

        @Override
        public String summary() {
            return "status: " + before + " → " + after;
        }
    }

    /** The AI Act questionnaire was answered; {@code before} is null when the use case had no tier yet. */
    record AiActProfiled(OrganisationId organisationId, UseCaseId useCaseId, RiskTier before, AiActAnswers answers)
            implements UseCaseEvent {

        @Override
        public String action() {
            return "use-case.ai-act-profiled";
        }

        @Override
        public String summary() {
            return "tier: " + (before == null ? "none" : before.name()) + " → "
                    + answers.classify().tier() + "; " + Changes.of(answers);
        }
    }

    /**
     * A new AI Act profile put the approved use case in the PROHIBITED tier: it left {@code before}
     * for SUSPENDED and waits for a new committee decision.
     */
    record UseCaseSuspended(OrganisationId organisationId, UseCaseId useCaseId, UseCaseStatus before)
            implements UseCaseEvent {

        public UseCaseSuspended {
            if (!UseCaseStatus.SUSPENDABLE.contains(before)) {
                throw new IllegalArgumentException("a use case " + before + " is not suspended");
            }
        }

        @Override
        public String action() {
            return "use-case.suspended";
        }

        @Override
        public String summary() {
            return "status: " + before + " → " + UseCaseStatus.SUSPENDED + "; tier: " + RiskTier.PROHIBITED;
        }
    }

    /** The DPIA screening was answered; {@code before} is null when the use case had not been screened. */
    record DpiaScreened(OrganisationId organisationId, UseCaseId useCaseId, DpiaOutcome before, DpiaAnswers answers)
            implements UseCaseEvent {

        @Override
        public String action() {
            return "use-case.dpia-screened";
        }

        @Override
        public String summary() {
            return "outcome: " + (before == null ? "none" : before.name()) + " → "
                    + answers.screen().outcome() + "; " + Changes.of(answers);
        }
    }

    /** The committee's decision {@code decisionId} set the use case's status. */
    record UseCaseDecided(
            OrganisationId organisationId,
            UseCaseId useCaseId,
            UseCaseStatus before,
            UseCaseStatus after,
            UUID decisionId)
            implements UseCaseEvent {

        @Override
        public String action() {
            return "use-case.decided";
        }

        /** The change alone, which the decision's own audit summary repeats. */
        public String change() {
            return "status: " + before + " → " + after;
        }

        @Override
        public String summary() {
            return change() + "; decision: " + decisionId;
        }
    }

    /** The values check was answered or its concerns responded to: the overall level and the blocking concerns, before and after. */
    record ValuesChecked(
            OrganisationId organisationId,
            UseCaseId useCaseId,
            ConcernLevel before,
            ValuesAssessment after,
            ValuesCheck check)
            implements UseCaseEvent {

        @Override
        public String action() {
            return "use-case.values-checked";
        }

        @Override
        public String summary() {
            long unanswered =
                    after.concerns().stream().filter(Concern::blocking).count();
            return "level: " + (before == null ? "none" : before.name()) + " → " + after.level()
                    + "; concerns: " + after.concerns().size()
                    + "; serious without response: " + unanswered
                    + "; answered: " + String.join(",", check.answers().keySet())
                    + "; responses: " + String.join(",", check.responses().keySet());
        }
    }

    /** The usage behind the footprint estimate was declared or changed. */
    record FootprintDeclared(OrganisationId organisationId, UseCaseId useCaseId, FootprintInputs inputs)
            implements UseCaseEvent {

        @Override
        public String action() {
            return "use-case.footprint-declared";
        }

        @Override
        public String summary() {
            Footprint estimate = inputs.estimate();
            FootprintRange energy = estimate.energyKwhPerMonth().rounded();
            return "model: " + inputs.model() + "; region: " + inputs.region()
                    + "; requests/month: " + inputs.requestsPerMonth()
                    + "; energy kWh/month: " + energy.low() + "-" + energy.high();
        }
    }
}
