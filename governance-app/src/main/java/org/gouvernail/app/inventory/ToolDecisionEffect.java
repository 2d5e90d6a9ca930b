package org.gouvernail.app.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.port.out.DecisionEffect;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolEvent.ToolDecided;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Decision effect: a committee decision on a tool sets the status the decision names (its
 * toolStatus, checked against the outcome when the decision was taken); a DEFERRED one sets none.
 */
@ApplicationScoped
public class ToolDecisionEffect implements DecisionEffect {

    private final Tools tools;
    private final Auditor auditor;

    public ToolDecisionEffect(Tools tools, Auditor auditor) {
        this.tools = tools;
        this.auditor = auditor;
    }

    @Override
    public DecisionSubject subject() {
        return DecisionSubject.TOOL;
    }

    @Override
    public String subjectName() {
        return "tool";
    }

    @Override
    public boolean exists(OrganisationId organisationId, UUID subjectId) {
        return tools.find(organisationId, new ToolId(subjectId)).isPresent();
    }

    @Override
    public String apply(Caller caller, Decision decision) {
        UUID subjectId = decision.subjectId();
        AiTool tool = tools.find(decision.organisationId(), new ToolId(subjectId))
                .orElseThrow(() -> new NotFound("tool", subjectId));
        if (decision.toolStatus() == null) {
            return "";
        }
        AiTool decided = tools.update(tool.applyDecision(decision.toolStatus()));
        ToolDecided event = new ToolDecided(
                decision.organisationId(),
                tool.id(),
                tool.status(),
                decided.status(),
                decision.id().value());
        auditor.record(caller, event);
        return "tool " + event.change();
    }
}
