package org.gouvernail.persistence.incident;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.incident.ContractDuty;
import org.gouvernail.domain.incident.ContractDutyRule;
import org.gouvernail.domain.incident.ContractDutyRuleId;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.port.out.ContractDutyRules;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the contractual notification rules and the settled contractual duties in MariaDB. */
@ApplicationScoped
public class PanacheContractDutyRules implements ContractDutyRules {

    private final Rules rules;
    private final Settled settled;

    PanacheContractDutyRules(Rules rules, Settled settled) {
        this.rules = rules;
        this.settled = settled;
    }

    @Override
    public void add(ContractDutyRule rule) {
        rules.persist(ContractDutyRuleEntity.from(rule));
    }

    @Override
    public Optional<ContractDutyRule> find(OrganisationId organisationId, ContractDutyRuleId id) {
        return entity(organisationId, id).map(ContractDutyRuleEntity::toDomain);
    }

    @Override
    public ContractDutyRule update(ContractDutyRule rule) {
        ContractDutyRuleEntity entity = entity(rule.organisationId(), rule.id())
                .orElseThrow(() -> new NotFound("incident-contract-duty", rule.id()));
        Versions.expect("incident-contract-duty", entity.version, rule.version());
        entity.apply(rule);
        Versions.flush(rules.getEntityManager(), "incident-contract-duty", rule.version());
        return entity.toDomain();
    }

    @Override
    public void delete(OrganisationId organisationId, ContractDutyRuleId id) {
        rules.delete("organisationId = ?1 and id = ?2", organisationId.value(), id.value());
    }

    @Override
    public List<ContractDutyRule> of(OrganisationId organisationId) {
        return rules
                .find("organisationId = ?1 order by counterparty, id", organisationId.value())
                .page(0, ContractDutyRule.MAX_PER_ORGANISATION)
                .list()
                .stream()
                .map(ContractDutyRuleEntity::toDomain)
                .toList();
    }

    @Override
    public long count(OrganisationId organisationId) {
        return rules.count("organisationId = ?1", organisationId.value());
    }

    @Override
    public List<ContractDuty> settled(OrganisationId organisationId, IncidentId incidentId) {
        return settled
                .find(
                        "organisationId = ?1 and incidentId = ?2 order by settledAt, ruleId",
                        organisationId.value(),
                        incidentId.value())
                .page(0, ContractDuty.MAX_PER_INCIDENT - ContractDutyRule.MAX_PER_ORGANISATION)
                .list()
                .stream()
                .map(ContractDutyEntity::toDomain)
                .toList();
    }

    @Override
    public void settle(OrganisationId organisationId, IncidentId incidentId, ContractDuty duty) {
        if (settled.count(
                        "incidentId = ?1 and ruleId = ?2",
                        incidentId.value(),
                        duty.ruleId().value())
                > 0) {
            throw new RuleViolation(
                    "duty-settled", "the contractual duty " + duty.ruleId() + " is already settled", "CONTRACT", "");
        }
        settled.persist(ContractDutyEntity.from(organisationId.value(), incidentId.value(), duty));
    }

    private Optional<ContractDutyRuleEntity> entity(OrganisationId organisationId, ContractDutyRuleId id) {
        return rules.find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of the rules, kept inside the adapter. */
    @ApplicationScoped
    static class Rules implements PanacheRepositoryBase<ContractDutyRuleEntity, UUID> {}

    /** The Panache repository of the settled duties, kept inside the adapter. */
    @ApplicationScoped
    static class Settled implements PanacheRepositoryBase<ContractDutyEntity, ContractDutyEntity.Key> {}
}
