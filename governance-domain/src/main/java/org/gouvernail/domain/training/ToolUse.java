package org.gouvernail.domain.training;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Aggregate: one person uses one AI tool of the organisation's inventory: the denominator of
 * literacy coverage, and what tells who is exposed to the tool's data (art. 4(1) AI Act asks to
 * take "the context" of use into account). Recorded once per person and tool; removed when the use stops.
 */
public record ToolUse(
        ToolUseId id,
        OrganisationId organisationId,
        MemberId memberId,
        ToolId toolId,
        ToolUseSource source,
        MemberId recordedBy,
        Instant recordedAt) {

    public ToolUse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(toolId, "toolId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
