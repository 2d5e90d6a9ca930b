package org.gouvernail.domain.policy;

import java.util.UUID;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: "may I use this tool (or a tool of this category) for this activity with data of this
 * category?". A tool brings its category and its governance status along.
 */
public record PolicyQuestion(
        UUID toolId, ToolCategory category, ToolStatus toolStatus, Activity activity, DataCategory data) {

    public PolicyQuestion {
        Check.present("dataCategory", data);
        if (toolId == null && category == null && activity == null) {
            throw new InvalidInput(
                    "tool", "policy-question-empty", "name a tool, a tool category or an activity", "tool");
        }
    }

    public PolicyQuestion withData(DataCategory other) {
        return new PolicyQuestion(toolId, category, toolStatus, activity, other);
    }

    public static PolicyQuestion about(
            UUID toolId, ToolCategory category, ToolStatus status, Activity activity, DataCategory data) {
        return new PolicyQuestion(toolId, category, status, activity, data);
    }
}
