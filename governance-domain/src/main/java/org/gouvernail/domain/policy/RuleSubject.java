package org.gouvernail.domain.policy;

import java.util.UUID;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/** Value: the subject of a usage rule, a tool of the inventory, a tool category or an activity; exactly one is set. */
public record RuleSubject(SubjectKind kind, UUID toolId, ToolCategory category, Activity activity) {

    public RuleSubject {
        Check.present("subject.kind", kind);
        boolean fits = switch (kind) {
            case TOOL -> toolId != null && category == null && activity == null;
            case TOOL_CATEGORY -> toolId == null && category != null && activity == null;
            case ACTIVITY -> toolId == null && category == null && activity != null;
        };
        if (!fits) {
            throw new InvalidInput(
                    "subject",
                    "subject-incomplete",
                    "a " + kind + " subject names its " + field(kind) + " and nothing else",
                    kind,
                    field(kind));
        }
    }

    public static RuleSubject tool(UUID toolId) {
        return new RuleSubject(SubjectKind.TOOL, toolId, null, null);
    }

    public static RuleSubject category(ToolCategory category) {
        return new RuleSubject(SubjectKind.TOOL_CATEGORY, null, category, null);
    }

    public static RuleSubject activity(Activity activity) {
        return new RuleSubject(SubjectKind.ACTIVITY, null, null, activity);
    }

    /** The code of the subject: the tool id, the category or the activity. */
    public String code() {
        return switch (kind) {
            case TOOL -> toolId.toString();
            case TOOL_CATEGORY -> category.name();
            case ACTIVITY -> activity.name();
        };
    }

    @Override
    public String toString() {
        return kind + " " + code();
    }

    private static String field(SubjectKind kind) {
        return switch (kind) {
            case TOOL -> "toolId";
            case TOOL_CATEGORY -> "category";
            case ACTIVITY -> "activity";
        };
    }
}
