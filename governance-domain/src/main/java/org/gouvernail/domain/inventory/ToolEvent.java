package org.gouvernail.domain.inventory;

import java.util.UUID;
import org.gouvernail.domain.shared.Changes;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the AI tool inventory; each names its tool. */
public sealed interface ToolEvent extends DomainEvent {

    ToolId toolId();

    @Override
    default String subjectType() {
        return "TOOL";
    }

    @Override
    default UUID subjectId() {
        return toolId().value();
    }

    record ToolDeclared(OrganisationId organisationId, ToolId toolId, ToolDetails details) implements ToolEvent {

        @Override
        public String action() {
            return "tool.declared";
        }

        @Override
        public String summary() {
            return Changes.of(details);
        }
    }

    /** Declared by a spreadsheet import rather than one by one. */
    record ToolImported(OrganisationId organisationId, ToolId toolId, ToolDetails details) implements ToolEvent {

        @Override
        public String action() {
            return "tool.imported";
        }

        @Override
        public String summary() {
            return Changes.of(details);
        }
    }

    record ToolUpdated(OrganisationId organisationId, ToolId toolId, ToolDetails before, ToolDetails after)
            implements ToolEvent {

        @Override
        public String action() {
            return "tool.updated";
        }

        @Override
        public String summary() {
            return Changes.between(before, after);
        }
    }

    /** Moved by a governor outside a committee decision. */
    record ToolStatusChanged(OrganisationId organisationId, ToolId toolId, ToolStatus before, ToolStatus after)
            implements ToolEvent {

        @Override
        public String action() {
            return "tool.status-changed";
        }

        @Override
        public String summary() {
            return "status: " + before + " → " + after;
        }
    }

    record ToolRemoved(OrganisationId organisationId, ToolId toolId, String name, ToolStatus status)
            implements ToolEvent {

        @Override
        public String action() {
            return "tool.removed";
        }

        @Override
        public String summary() {
            return "name: " + name + "; status: " + status;
        }
    }

    /** The committee's decision {@code decisionId} set the tool's status. */
    record ToolDecided(
            OrganisationId organisationId, ToolId toolId, ToolStatus before, ToolStatus after, UUID decisionId)
            implements ToolEvent {

        @Override
        public String action() {
            return "tool.decided";
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
}
