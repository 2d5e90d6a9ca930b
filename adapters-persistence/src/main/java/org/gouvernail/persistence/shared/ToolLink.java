package org.gouvernail.persistence.shared;

import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/**
 * Mapping helper: one row of a link table from an aggregate to the tools it names (use_case_tool,
 * risk_tool). The organisation is repeated so that both composite foreign keys stay inside it.
 */
@Embeddable
public class ToolLink {

    public UUID organisationId;
    public UUID toolId;

    public ToolLink() {}

    public ToolLink(UUID organisationId, UUID toolId) {
        this.organisationId = organisationId;
        this.toolId = toolId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ToolLink link
                && Objects.equals(organisationId, link.organisationId)
                && Objects.equals(toolId, link.toolId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, toolId);
    }
}
