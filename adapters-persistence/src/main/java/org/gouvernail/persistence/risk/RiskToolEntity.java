package org.gouvernail.persistence.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Row of table risk_tool: a risk concerns a tool of the same organisation (composite foreign keys). */
@Entity
@Table(name = "risk_tool")
@IdClass(RiskToolEntity.Key.class)
public class RiskToolEntity {

    @Id
    public UUID riskId;
    @Id
    public UUID toolId;
    public UUID organisationId;

    static RiskToolEntity of(UUID organisationId, UUID riskId, UUID toolId) {
        RiskToolEntity entity = new RiskToolEntity();
        entity.organisationId = organisationId;
        entity.riskId = riskId;
        entity.toolId = toolId;
        return entity;
    }

    /** Primary key: (risk_id, tool_id). */
    public static class Key implements Serializable {

        public UUID riskId;
        public UUID toolId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(riskId, key.riskId) && Objects.equals(toolId, key.toolId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(riskId, toolId);
        }
    }
}
