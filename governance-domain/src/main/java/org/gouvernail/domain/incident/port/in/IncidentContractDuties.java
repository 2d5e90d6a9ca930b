package org.gouvernail.domain.incident.port.in;

import java.util.List;
import org.gouvernail.domain.incident.ContractDuty;
import org.gouvernail.domain.incident.ContractDutyRule;
import org.gouvernail.domain.incident.ContractDutyRuleId;
import org.gouvernail.domain.incident.ContractPartyKind;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.Severity;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Use cases: the contractual notification duties to funders and insurers. ADMIN configures the
 * rules; every member reads them and an incident's contractual duties; ADMIN, COMMITTEE and
 * DATA_REFERENT settle a duty.
 */
public interface IncidentContractDuties {

    /** The fields of a rule, all of them (a change replaces them: the REST adapter merges the patch). */
    record Terms(
            String counterparty,
            ContractPartyKind kind,
            Integer notifyWithinHours,
            Severity minimumSeverity,
            Boolean personalDataOnly,
            String note) {}

    ContractDutyRule configure(Caller caller, OrganisationId organisationId, Terms terms);

    List<ContractDutyRule> rules(Caller caller, OrganisationId organisationId);

    ContractDutyRule rule(Caller caller, OrganisationId organisationId, ContractDutyRuleId id);

    ContractDutyRule change(
            Caller caller, OrganisationId organisationId, ContractDutyRuleId id, long expectedVersion, Terms terms);

    void remove(Caller caller, OrganisationId organisationId, ContractDutyRuleId id, long expectedVersion);

    List<ContractDuty> duties(Caller caller, OrganisationId organisationId, IncidentId incidentId);

    ContractDuty complete(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            ContractDutyRuleId ruleId,
            String reference);

    ContractDuty waive(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            ContractDutyRuleId ruleId,
            String reason);
}
