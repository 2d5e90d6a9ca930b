package org.gouvernail.rest.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.incident.ContractDuty;
import org.gouvernail.domain.incident.ContractDutyRule;
import org.gouvernail.domain.incident.ContractPartyKind;
import org.gouvernail.domain.incident.DutyState;
import org.gouvernail.domain.incident.Severity;
import org.gouvernail.domain.incident.port.in.IncidentContractDuties.Terms;

/** JSON shapes of the contractual notification duties to funders and insurers. */
final class ContractDutyJson {

    private ContractDutyJson() {}

    @Schema(
            name = "IncidentContractDutyTerms",
            description = "A contractual notification duty: notify the counterparty within notifyWithinHours of "
                    + "detection of every incident of at least minimumSeverity (with personal data only, if flagged)")
    record TermsBody(
            @NotBlank @Size(max = 200) @Schema(examples = "Fondation Roi Baudouin")
            String counterparty,

            @NotNull ContractPartyKind kind,

            @NotNull @Min(1) @Max(ContractDutyRule.MAX_HOURS) @Schema(examples = "24")
            Integer notifyWithinHours,

            @NotNull Severity minimumSeverity,

            @Schema(description = "Only incidents involving personal data; false when absent")
            Boolean personalDataOnly,

            @Size(max = 200)
            @Schema(nullable = true, description = "The contract reference", examples = "Convention 2026-114, art. 12")
            String note) {

        Terms toDomain() {
            return new Terms(counterparty, kind, notifyWithinHours, minimumSeverity, personalDataOnly, note);
        }

        static TermsBody from(ContractDutyRule rule) {
            return new TermsBody(
                    rule.counterparty(),
                    rule.kind(),
                    rule.notifyWithinHours(),
                    rule.minimumSeverity(),
                    rule.personalDataOnly(),
                    rule.note());
        }
    }

    @Schema(name = "IncidentContractDutyRule")
    record RuleView(
            UUID id,
            String counterparty,
            ContractPartyKind kind,
            int notifyWithinHours,
            Severity minimumSeverity,
            boolean personalDataOnly,
            @Schema(nullable = true) String note,

            @Schema(description = "The rule applies to the incidents reported from this time on")
            Instant createdAt) {

        static RuleView from(ContractDutyRule rule) {
            return new RuleView(
                    rule.id().value(),
                    rule.counterparty(),
                    rule.kind(),
                    rule.notifyWithinHours(),
                    rule.minimumSeverity(),
                    rule.personalDataOnly(),
                    rule.note(),
                    rule.createdAt());
        }
    }

    @Schema(name = "IncidentContractDutyRuleList", description = "The organisation's rules, counterparty order")
    record RuleList(
            @Schema(maxItems = ContractDutyRule.MAX_PER_ORGANISATION)
            List<RuleView> items) {}

    @Schema(name = "IncidentContractDuty", description = "A contractual duty of an incident (code CONTRACT)")
    record DutyView(
            @Schema(examples = "CONTRACT") String code,

            @Schema(description = "The rule that started it (it may since have been deleted)")
            UUID ruleId,

            String counterparty,
            ContractPartyKind kind,

            @Schema(description = "Why it applies: the counterparty and the rule")
            String reason,

            @Schema(description = "detectedAt + notifyWithinHours")
            Instant dueAt,

            DutyState state,

            @Schema(description = "PENDING past its due time")
            boolean late,

            @Schema(nullable = true) Instant settledAt,
            @Schema(nullable = true) UUID settledBy,
            @Schema(nullable = true) String reference,
            @Schema(nullable = true) String notRequiredReason) {

        static DutyView from(ContractDuty duty, Instant now) {
            return new DutyView(
                    "CONTRACT",
                    duty.ruleId().value(),
                    duty.counterparty(),
                    duty.kind(),
                    duty.reason(),
                    duty.dueAt(),
                    duty.state(),
                    duty.lateAt(now),
                    duty.settledAt(),
                    duty.settledBy() == null ? null : duty.settledBy().value(),
                    duty.reference(),
                    duty.notRequiredReason());
        }
    }

    @Schema(name = "IncidentContractDutyList", description = "The incident's contractual duties, due time order")
    record DutyList(
            @Schema(maxItems = ContractDuty.MAX_PER_INCIDENT)
            List<DutyView> items) {}
}
