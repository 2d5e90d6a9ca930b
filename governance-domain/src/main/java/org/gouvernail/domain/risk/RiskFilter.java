package org.gouvernail.domain.risk;

import java.util.Optional;
import org.gouvernail.domain.inventory.ToolId;

/**
 * Query: which risks of the register to list; every criterion is optional and they all apply.
 * {@code level} is the inherent level; {@code overdue} true keeps the risks whose review date or
 * an unsettled action's due date has passed (never a closed risk), false keeps the others.
 */
public record RiskFilter(
        Optional<RiskStatus> status,
        Optional<RiskLevel> level,
        Optional<RiskCategory> category,
        Optional<ToolId> toolId,
        Optional<Boolean> overdue) {

    public RiskFilter {
        status = status == null ? Optional.empty() : status;
        level = level == null ? Optional.empty() : level;
        category = category == null ? Optional.empty() : category;
        toolId = toolId == null ? Optional.empty() : toolId;
        overdue = overdue == null ? Optional.empty() : overdue;
    }

    public static RiskFilter none() {
        return new RiskFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
