package org.gouvernail.app.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.port.out.DecisionEffect;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseEvent.UseCaseDecided;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.port.out.UseCases;

/**
 * Decision effect: a committee decision on a submitted use case sets its status to the outcome (a
 * PROHIBITED one is never approved, nor one whose values check has a SERIOUS concern without response
 * unless the decision acknowledges the check); a DEFERRED decision leaves it SUBMITTED.
 */
@ApplicationScoped
public class UseCaseDecisionEffect implements DecisionEffect {

    private final UseCases useCases;
    private final Auditor auditor;

    public UseCaseDecisionEffect(UseCases useCases, Auditor auditor) {
        this.useCases = useCases;
        this.auditor = auditor;
    }

    @Override
    public DecisionSubject subject() {
        return DecisionSubject.USE_CASE;
    }

    @Override
    public String subjectName() {
        return "use-case";
    }

    @Override
    public boolean exists(OrganisationId organisationId, UUID subjectId) {
        return useCases.find(organisationId, new UseCaseId(subjectId)).isPresent();
    }

    @Override
    public String apply(Caller caller, Decision decision) {
        UUID subjectId = decision.subjectId();
        UseCase useCase = useCases.find(decision.organisationId(), new UseCaseId(subjectId))
                .orElseThrow(() -> new NotFound("use-case", subjectId));
        // Written out rather than matched by name: the two enums belong to different areas and may drift apart.
        UseCaseStatus target = switch (decision.outcome()) {
            case APPROVED -> UseCaseStatus.APPROVED;
            case APPROVED_WITH_CONDITIONS -> UseCaseStatus.APPROVED_WITH_CONDITIONS;
            case REJECTED -> UseCaseStatus.REJECTED;
            case DEFERRED -> null;
        };
        if (target == null) {
            return "";
        }
        UseCase decided = useCases.update(useCase.applyDecision(target, decision.acknowledgesValuesCheck()));
        UseCaseDecided event = new UseCaseDecided(
                decision.organisationId(),
                useCase.id(),
                useCase.status(),
                decided.status(),
                decision.id().value());
        auditor.record(caller, event);
        return "use case " + event.change();
    }
}
