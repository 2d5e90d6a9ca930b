package org.gouvernail.domain.incident.port.out;

import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.incident.ContractDuty;
import org.gouvernail.domain.incident.ContractDutyRule;
import org.gouvernail.domain.incident.ContractDutyRuleId;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: the organisation's contractual notification rules and the contractual duties settled on its incidents. */
public interface ContractDutyRules {

    void add(ContractDutyRule rule);

    Optional<ContractDutyRule> find(OrganisationId organisationId, ContractDutyRuleId id);

    /** Saves a changed rule; StaleVersion if it changed since it was read. */
    ContractDutyRule update(ContractDutyRule rule);

    void delete(OrganisationId organisationId, ContractDutyRuleId id);

    /** The organisation's rules (at most ContractDutyRule.MAX_PER_ORGANISATION), counterparty order, in one statement. */
    List<ContractDutyRule> of(OrganisationId organisationId);

    long count(OrganisationId organisationId);

    /** The contractual duties settled on the incident (at most 150, oldest first), in one statement. */
    List<ContractDuty> settled(OrganisationId organisationId, IncidentId incidentId);

    /** Records a settled duty; a duty is settled once (RuleViolation duty-settled otherwise). */
    void settle(OrganisationId organisationId, IncidentId incidentId, ContractDuty duty);
}
