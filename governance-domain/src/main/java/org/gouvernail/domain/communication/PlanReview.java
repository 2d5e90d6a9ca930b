package org.gouvernail.domain.communication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.organisation.OrganisationProfile;

/**
 * Read model: what a plan owes and how far it got. The consultation step when the law asks for one,
 * the warnings (codes, translated by the front end and the problem files) and the coverage.
 * <ul>
 * <li>{@code jobs-message-missing}: the change automates tasks and no live action addresses JOBS;</li>
 * <li>{@code go-live-missing}: the consultation is owed but cannot be dated without a go-live date;</li>
 * <li>{@code staff-size-unknown}: the country has a consultation rule but the staff size is not declared;</li>
 * <li>{@code consultation-late}: the consultation is not done and its due date has passed, or was done late.</li>
 * </ul>
 */
public record PlanReview(Optional<ConsultationStep> consultation, List<String> warnings, Coverage coverage) {

    public PlanReview {
        warnings = List.copyOf(warnings);
    }

    public static PlanReview of(
            OrganisationProfile profile, CommunicationPlan plan, List<CommunicationAction> actions, LocalDate today) {
        PlanDetails details = plan.details();
        Optional<ConsultationStep> step =
                ConsultationDuty.of(profile, details).map(duty -> ConsultationStep.of(duty, actions, today));
        List<String> warnings = new ArrayList<>();
        if (details.touchesAutomation()
                && actions.stream()
                        .filter(CommunicationAction::live)
                        .noneMatch(action -> action.details().addresses(Concern.JOBS))) {
            warnings.add("jobs-message-missing");
        }
        if (ConsultationDuty.applies(profile, details) && details.goLive() == null) {
            warnings.add("go-live-missing");
        }
        if (ConsultationDuty.undecidable(profile, details)) {
            warnings.add("staff-size-unknown");
        }
        if (step.map(ConsultationStep::late).orElse(false)) {
            warnings.add("consultation-late");
        }
        return new PlanReview(step, warnings, Coverage.of(actions));
    }
}
