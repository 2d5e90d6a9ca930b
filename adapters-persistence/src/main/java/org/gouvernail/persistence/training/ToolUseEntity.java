package org.gouvernail.persistence.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.ToolUse;
import org.gouvernail.domain.training.ToolUseId;
import org.gouvernail.domain.training.ToolUseSource;

/** Row of table tool_use: inserted, then deleted when the use stops; never changed. */
@Entity
@Table(name = "tool_use")
public class ToolUseEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID memberId;
    public UUID toolId;

    @Enumerated(EnumType.STRING)
    public ToolUseSource source;

    public UUID recordedBy;
    public Instant recordedAt;

    static ToolUseEntity from(ToolUse use) {
        ToolUseEntity entity = new ToolUseEntity();
        entity.id = use.id().value();
        entity.organisationId = use.organisationId().value();
        entity.memberId = use.memberId().value();
        entity.toolId = use.toolId().value();
        entity.source = use.source();
        entity.recordedBy = use.recordedBy().value();
        entity.recordedAt = use.recordedAt();
        return entity;
    }

    ToolUse toDomain() {
        return new ToolUse(
                new ToolUseId(id),
                new OrganisationId(organisationId),
                new MemberId(memberId),
                new ToolId(toolId),
                source,
                new MemberId(recordedBy),
                recordedAt);
    }
}
