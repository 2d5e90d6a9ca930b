package org.gouvernail.persistence.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.incident.ContractDutyRule;
import org.gouvernail.domain.incident.ContractDutyRuleId;
import org.gouvernail.domain.incident.ContractPartyKind;
import org.gouvernail.domain.incident.Severity;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table incident_contract_rule. */
@Entity
@Table(name = "incident_contract_rule")
public class ContractDutyRuleEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String counterparty;

    @Enumerated(EnumType.STRING)
    public ContractPartyKind kind;

    public int notifyWithinHours;

    @Enumerated(EnumType.STRING)
    public Severity minimumSeverity;

    public boolean personalDataOnly;
    public String note;
    public Instant createdAt;

    @Version
    public long version;

    static ContractDutyRuleEntity from(ContractDutyRule rule) {
        ContractDutyRuleEntity entity = new ContractDutyRuleEntity();
        entity.id = rule.id().value();
        entity.organisationId = rule.organisationId().value();
        entity.createdAt = rule.createdAt();
        entity.version = rule.version();
        entity.apply(rule);
        return entity;
    }

    void apply(ContractDutyRule rule) {
        counterparty = rule.counterparty();
        kind = rule.kind();
        notifyWithinHours = rule.notifyWithinHours();
        minimumSeverity = rule.minimumSeverity();
        personalDataOnly = rule.personalDataOnly();
        note = rule.note();
    }

    ContractDutyRule toDomain() {
        return new ContractDutyRule(
                new ContractDutyRuleId(id),
                new OrganisationId(organisationId),
                counterparty,
                kind,
                notifyWithinHours,
                minimumSeverity,
                personalDataOnly,
                note,
                createdAt,
                version);
    }
}
