package org.gouvernail.persistence.usecase;

import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** Row of table use_case_tool: the organisation is repeated so that the foreign keys stay inside it. */
@Embeddable
public class ToolLink {

    public UUID organisationId;
    public UUID toolId;

    public ToolLink() {
    }

    ToolLink(UUID organisationId, UUID toolId) {
        this.organisationId = organisationId;
        this.toolId = toolId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ToolLink link && Objects.equals(organisationId, link.organisationId) && Objects.equals(toolId, link.toolId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, toolId);
    }
}
