package org.gouvernail.app.risk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.port.out.DecisionEffect;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskEvent.RiskAcceptedByDecision;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Decision effect: an approved RISK_ACCEPTANCE decision accepts the risk whatever its level (a HIGH
 * risk is accepted no other way), with the decision's rationale; any other outcome leaves it as it is.
 */
@ApplicationScoped
public class RiskAcceptanceEffect implements DecisionEffect {

    private final Risks risks;
    private final Auditor auditor;

    public RiskAcceptanceEffect(Risks risks, Auditor auditor) {
        this.risks = risks;
        this.auditor = auditor;
    }

    @Override
    public DecisionSubject subject() {
        return DecisionSubject.RISK_ACCEPTANCE;
    }

    @Override
    public String subjectName() {
        return "risk";
    }

    @Override
    public boolean exists(OrganisationId organisationId, UUID subjectId) {
        return risks.find(organisationId, new RiskId(subjectId)).isPresent();
    }

    @Override
    public String apply(Caller caller, Decision decision) {
        UUID subjectId = decision.subjectId();
        Risk risk = risks.find(decision.organisationId(), new RiskId(subjectId))
                .orElseThrow(() -> new NotFound("risk", subjectId));
        if (!decision.approves()) {
            return "";
        }
        String rationale = decision.rationale() != null ? decision.rationale() : "committee decision " + decision.id();
        Risk accepted = risks.update(
                risk.acceptByDecision(decision.id().value(), rationale, decision.recordedBy(), decision.recordedAt()));
        RiskAcceptedByDecision event =
                new RiskAcceptedByDecision(risk, accepted, decision.id().value());
        auditor.record(caller, event);
        return "risk " + event.change();
    }
}
