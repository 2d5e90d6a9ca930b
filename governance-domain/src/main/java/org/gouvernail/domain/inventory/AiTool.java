package org.gouvernail.domain.inventory;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: an AI tool in an organisation's inventory. Any contributor may declare one; its
 * governed status moves only as {@link ToolStatus} allows.
 */
public record AiTool(
        ToolId id,
        OrganisationId organisationId,
        ToolDetails details,
        ToolStatus status,
        MemberId declaredBy,
        long version,
        Instant declaredAt) {

    public AiTool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(declaredBy, "declaredBy");
        Objects.requireNonNull(declaredAt, "declaredAt");
    }

    public static AiTool declare(
            ToolId id, OrganisationId organisationId, ToolDetails details, MemberId declaredBy, Instant now) {
        return new AiTool(id, organisationId, details, ToolStatus.DECLARED, declaredBy, 0, now);
    }

    public AiTool withDetails(ToolDetails changed) {
        if (status == ToolStatus.RETIRED) {
            throw new RuleViolation("tool-retired", "a retired tool is kept as it was");
        }
        return new AiTool(id, organisationId, changed, status, declaredBy, version, declaredAt);
    }

    /** Starts the review or retires the tool; approval, restriction and prohibition need a decision. */
    public AiTool moveTo(ToolStatus target) {
        if (!ToolStatus.ADMINISTRATIVE_TARGETS.contains(target)) {
            throw new RuleViolation("decision-required", "only a committee decision sets a tool " + target, target);
        }
        if (!status.canMoveTo(target)) {
            throw new RuleViolation(
                    "transition-refused", "a tool " + status + " cannot become " + target, status, target);
        }
        return new AiTool(id, organisationId, details, target, declaredBy, version, declaredAt);
    }

    /** Sets the status a committee decision gave the tool (a later decision may revise it); a retired tool stays retired. */
    public AiTool applyDecision(ToolStatus target) {
        if (!ToolStatus.DECISION_TARGETS.contains(target)) {
            throw new RuleViolation(
                    "decision-tool-status",
                    "a decision sets a tool APPROVED, APPROVED_WITH_CONDITIONS, RESTRICTED or FORBIDDEN, not " + target,
                    target);
        }
        if (status == ToolStatus.RETIRED) {
            throw new RuleViolation("tool-retired", "a retired tool is kept as it was");
        }
        return new AiTool(id, organisationId, details, target, declaredBy, version, declaredAt);
    }

    /** The declarer may still correct a tool nobody has started to review. */
    public boolean editableBy(MemberId member) {
        return status == ToolStatus.DECLARED && declaredBy.equals(member);
    }
}
