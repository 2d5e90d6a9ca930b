package org.gouvernail.domain.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Aggregate: a contractual notification duty the organisation owes a funder or an insurer
 * (configured by an admin from the grant agreement or the policy): notify the counterparty within
 * {@code notifyWithinHours} of detection of every incident of at least {@code minimumSeverity},
 * only those involving personal data when {@code personalDataOnly}. It applies to the incidents
 * reported from its creation on: configuring a contract does not make the past late.
 */
public record ContractDutyRule(
        ContractDutyRuleId id,
        OrganisationId organisationId,
        String counterparty,
        ContractPartyKind kind,
        int notifyWithinHours,
        Severity minimumSeverity,
        boolean personalDataOnly,
        String note,
        Instant createdAt,
        long version) {

    /** A year: longer is not a notification duty. */
    public static final int MAX_HOURS = 8_760;

    /** At most this many rules per organisation. */
    public static final int MAX_PER_ORGANISATION = 50;

    public ContractDutyRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        counterparty = Check.name("counterparty", counterparty);
        Check.present("kind", kind);
        Check.range("notifyWithinHours", notifyWithinHours, 1, MAX_HOURS);
        Check.present("minimumSeverity", minimumSeverity);
        note = Check.text("note", note, Check.NAME_LENGTH);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The same rule with new terms (the whole of them); its identity and creation time stay. */
    public ContractDutyRule changed(
            String newCounterparty,
            ContractPartyKind newKind,
            int newHours,
            Severity newMinimum,
            boolean newPersonalDataOnly,
            String newNote) {
        return new ContractDutyRule(
                id,
                organisationId,
                newCounterparty,
                newKind,
                newHours,
                newMinimum,
                newPersonalDataOnly,
                newNote,
                createdAt,
                version);
    }

    /** The rule applies to this incident: an incident (not a near miss) reported since the rule exists, severe enough, with personal data when required. */
    public boolean appliesTo(Incident incident) {
        return incident.facts().kind() == IncidentKind.INCIDENT
                && !incident.reportedAt().isBefore(createdAt)
                && incident.severity().compareTo(minimumSeverity) >= 0
                && (!personalDataOnly || incident.facts().personalData());
    }

    /** The pending duty this rule starts on the incident, due {@code notifyWithinHours} after detection. */
    public ContractDuty dutyFor(Incident incident) {
        String reason = kind + " " + counterparty + ": severity " + incident.severity() + " ≥ " + minimumSeverity
                + (personalDataOnly ? ", personal data involved" : "")
                + ", notify within " + notifyWithinHours + " h of detection"
                + (note == null ? "" : " (" + note + ")");
        return ContractDuty.pending(
                id,
                counterparty,
                kind,
                reason,
                incident.facts().detectedAt().plus(Duration.ofHours(notifyWithinHours)));
    }

    /** Audit events of the configuration; the subject is the rule. */
    public record Changed(OrganisationId organisationId, ContractDutyRule rule, String verb) implements DomainEvent {

        @Override
        public String action() {
            return "incident-contract-duty." + verb;
        }

        @Override
        public String subjectType() {
            return "INCIDENT_CONTRACT_DUTY";
        }

        @Override
        public java.util.UUID subjectId() {
            return rule.id().value();
        }

        @Override
        public String summary() {
            return "counterparty: " + rule.counterparty() + "; kind: " + rule.kind() + "; hours: "
                    + rule.notifyWithinHours() + "; minimumSeverity: " + rule.minimumSeverity()
                    + "; personalDataOnly: " + rule.personalDataOnly();
        }
    }
}
