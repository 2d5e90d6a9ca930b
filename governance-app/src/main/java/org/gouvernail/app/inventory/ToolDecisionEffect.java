package org.gouvernail.app.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.domain.catalogue.port.out.CatalogueAdoptions;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.port.out.DecisionEffect;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolEvent.ToolDecided;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.assessment.ValidatedAssessment;
import org.gouvernail.domain.inventory.assessment.port.out.Assessments;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Decision effect: a committee decision on a tool sets the status the decision names (its
 * toolStatus, checked against the outcome when the decision was taken); a DEFERRED one sets none.
 * A tool adopted from a federation's catalogue whose data goes above what the federation assessed
 * is not approved (409 catalogue-adoption-blocked) until an assessment of its own, validated after
 * the adoption, covers it (ADR 0028).
 */
@ApplicationScoped
public class ToolDecisionEffect implements DecisionEffect {

    private final Tools tools;
    private final Auditor auditor;
    private final CatalogueAdoptions adoptions;
    private final Assessments assessments;

    public ToolDecisionEffect(Tools tools, Auditor auditor, CatalogueAdoptions adoptions, Assessments assessments) {
        this.tools = tools;
        this.auditor = auditor;
        this.adoptions = adoptions;
        this.assessments = assessments;
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
        adoptions
                .ofTool(decision.organisationId(), tool.id())
                .ifPresent(stored ->
                        stored.adoption().checkDecision(decision.toolStatus(), ownAssessmentValidatedAt(tool)));
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

    /** When the tool's latest validated assessment of its own was validated; null if none. */
    private Instant ownAssessmentValidatedAt(AiTool tool) {
        return assessments.latestValidated(tool.organisationId(), List.of(tool.id())).stream()
                .map(ValidatedAssessment::validatedAt)
                .findFirst()
                .orElse(null);
    }
}
