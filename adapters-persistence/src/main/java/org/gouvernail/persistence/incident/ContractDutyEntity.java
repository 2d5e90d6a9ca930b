package org.gouvernail.persistence.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.incident.ContractDuty;
import org.gouvernail.domain.incident.ContractDutyRuleId;
import org.gouvernail.domain.incident.ContractPartyKind;
import org.gouvernail.domain.incident.DutyState;
import org.gouvernail.domain.organisation.MemberId;

/** Row of table incident_contract_duty: a contractual duty settled on an incident; written once, never updated. */
@Entity
@Table(name = "incident_contract_duty")
@IdClass(ContractDutyEntity.Key.class)
public class ContractDutyEntity {

    @Id
    public UUID incidentId;

    @Id
    public UUID ruleId;

    public UUID organisationId;
    public String counterparty;

    @Enumerated(EnumType.STRING)
    public ContractPartyKind kind;

    public String reason;
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public DutyState state;

    public Instant settledAt;
    public UUID settledBy;
    public String reference;
    public String notRequiredReason;

    static ContractDutyEntity from(UUID organisationId, UUID incidentId, ContractDuty duty) {
        ContractDutyEntity entity = new ContractDutyEntity();
        entity.incidentId = incidentId;
        entity.ruleId = duty.ruleId().value();
        entity.organisationId = organisationId;
        entity.counterparty = duty.counterparty();
        entity.kind = duty.kind();
        entity.reason = duty.reason();
        entity.dueAt = duty.dueAt();
        entity.state = duty.state();
        entity.settledAt = duty.settledAt();
        entity.settledBy = duty.settledBy().value();
        entity.reference = duty.reference();
        entity.notRequiredReason = duty.notRequiredReason();
        return entity;
    }

    ContractDuty toDomain() {
        return new ContractDuty(
                new ContractDutyRuleId(ruleId),
                counterparty,
                kind,
                reason,
                dueAt,
                state,
                settledAt,
                new MemberId(settledBy),
                reference,
                notRequiredReason);
    }

    /** Primary key: (incident_id, rule_id). */
    public static class Key implements Serializable {

        public UUID incidentId;
        public UUID ruleId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(incidentId, key.incidentId)
                    && Objects.equals(ruleId, key.ruleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(incidentId, ruleId);
        }
    }
}
