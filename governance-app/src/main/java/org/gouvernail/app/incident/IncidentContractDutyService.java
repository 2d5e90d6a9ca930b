package org.gouvernail.app.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.incident.ContractDuty;
import org.gouvernail.domain.incident.ContractDutyRule;
import org.gouvernail.domain.incident.ContractDutyRuleId;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentEvent.ContractDutySettled;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.port.in.IncidentContractDuties;
import org.gouvernail.domain.incident.port.out.ContractDutyRules;
import org.gouvernail.domain.incident.port.out.Incidents;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;

/** Use case service: the contractual notification duties to funders and insurers, one transaction per call. */
@ApplicationScoped
public class IncidentContractDutyService implements IncidentContractDuties {

    private final Incidents incidents;
    private final ContractDutyRules rules;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public IncidentContractDutyService(
            Incidents incidents,
            ContractDutyRules rules,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.incidents = incidents;
        this.rules = rules;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ContractDutyRule configure(Caller caller, OrganisationId organisationId, Terms terms) {
        access.withRole(caller, organisationId, Role.ADMINS, "configure-incident-contract-duties");
        if (rules.count(organisationId) >= ContractDutyRule.MAX_PER_ORGANISATION) {
            throw new RuleViolation(
                    "incident-contract-duty-limit",
                    "an organisation has at most " + ContractDutyRule.MAX_PER_ORGANISATION + " contractual duties",
                    ContractDutyRule.MAX_PER_ORGANISATION);
        }
        ContractDutyRule rule = new ContractDutyRule(
                new ContractDutyRuleId(ids.next()),
                organisationId,
                terms.counterparty(),
                terms.kind(),
                terms.notifyWithinHours() == null ? 0 : terms.notifyWithinHours(),
                terms.minimumSeverity(),
                Boolean.TRUE.equals(terms.personalDataOnly()),
                terms.note(),
                clock.instant(),
                0);
        rules.add(rule);
        auditor.record(caller, new ContractDutyRule.Changed(organisationId, rule, "configured"));
        return rule;
    }

    @Override
    @Transactional
    public List<ContractDutyRule> rules(Caller caller, OrganisationId organisationId) {
        access.member(caller, organisationId);
        return rules.of(organisationId);
    }

    @Override
    @Transactional
    public ContractDutyRule rule(Caller caller, OrganisationId organisationId, ContractDutyRuleId id) {
        access.member(caller, organisationId);
        return existing(organisationId, id);
    }

    @Override
    @Transactional
    public ContractDutyRule change(
            Caller caller, OrganisationId organisationId, ContractDutyRuleId id, long expectedVersion, Terms terms) {
        access.withRole(caller, organisationId, Role.ADMINS, "configure-incident-contract-duties");
        ContractDutyRule current = existing(organisationId, id);
        StaleVersion.check("incident-contract-duty", current.version(), expectedVersion);
        ContractDutyRule changed = rules.update(current.changed(
                terms.counterparty(),
                terms.kind(),
                terms.notifyWithinHours() == null ? 0 : terms.notifyWithinHours(),
                terms.minimumSeverity(),
                Boolean.TRUE.equals(terms.personalDataOnly()),
                terms.note()));
        auditor.record(caller, new ContractDutyRule.Changed(organisationId, changed, "changed"));
        return changed;
    }

    @Override
    @Transactional
    public void remove(Caller caller, OrganisationId organisationId, ContractDutyRuleId id, long expectedVersion) {
        access.withRole(caller, organisationId, Role.ADMINS, "configure-incident-contract-duties");
        ContractDutyRule current = existing(organisationId, id);
        StaleVersion.check("incident-contract-duty", current.version(), expectedVersion);
        rules.delete(organisationId, id);
        auditor.record(caller, new ContractDutyRule.Changed(organisationId, current, "deleted"));
    }

    @Override
    @Transactional
    public List<ContractDuty> duties(Caller caller, OrganisationId organisationId, IncidentId incidentId) {
        access.member(caller, organisationId);
        Incident incident = incident(organisationId, incidentId);
        return ContractDuty.of(incident, rules.of(organisationId), rules.settled(organisationId, incidentId));
    }

    @Override
    @Transactional
    public ContractDuty complete(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            ContractDutyRuleId ruleId,
            String reference) {
        Membership handler = access.withRole(caller, organisationId, Role.REVIEWERS, "handle-incident");
        ContractDuty done = pending(organisationId, incidentId, ruleId).done(reference, handler.id(), clock.instant());
        rules.settle(organisationId, incidentId, done);
        auditor.record(caller, new ContractDutySettled(organisationId, incidentId, done));
        return done;
    }

    @Override
    @Transactional
    public ContractDuty waive(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            ContractDutyRuleId ruleId,
            String reason) {
        Membership handler = access.withRole(caller, organisationId, Role.REVIEWERS, "handle-incident");
        ContractDuty waived =
                pending(organisationId, incidentId, ruleId).notRequired(reason, handler.id(), clock.instant());
        rules.settle(organisationId, incidentId, waived);
        auditor.record(caller, new ContractDutySettled(organisationId, incidentId, waived));
        return waived;
    }

    /** The incident's contractual duty of this rule, as computed or as settled (then the domain refuses to settle it again). */
    private ContractDuty pending(OrganisationId organisationId, IncidentId incidentId, ContractDutyRuleId ruleId) {
        Incident incident = incident(organisationId, incidentId);
        return ContractDuty.of(incident, rules.of(organisationId), rules.settled(organisationId, incidentId)).stream()
                .filter(duty -> duty.ruleId().equals(ruleId))
                .findFirst()
                .orElseThrow(() -> new NotFound("duty", "CONTRACT " + ruleId));
    }

    private Incident incident(OrganisationId organisationId, IncidentId incidentId) {
        return incidents.find(organisationId, incidentId).orElseThrow(() -> new NotFound("incident", incidentId));
    }

    private ContractDutyRule existing(OrganisationId organisationId, ContractDutyRuleId id) {
        return rules.find(organisationId, id).orElseThrow(() -> new NotFound("incident-contract-duty", id));
    }
}
