package org.gouvernail.domain.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Value: a contractual notification duty of an incident, started by one of the organisation's
 * rules. Computed while PENDING (it follows the rule and the incident's severity); once settled
 * (DONE with a reference, or NOT_REQUIRED with a reason) it is stored as it was, counterparty and
 * due time included, and stays in the incident's history even when its rule is deleted.
 */
public record ContractDuty(
        ContractDutyRuleId ruleId,
        String counterparty,
        ContractPartyKind kind,
        String reason,
        Instant dueAt,
        DutyState state,
        Instant settledAt,
        MemberId settledBy,
        String reference,
        String notRequiredReason) {

    /** At most this many contractual duties are listed per incident: the rules' (50) and 150 settled ones. */
    public static final int MAX_PER_INCIDENT = 200;

    public ContractDuty {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(counterparty, "counterparty");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
    }

    public static ContractDuty pending(
            ContractDutyRuleId ruleId, String counterparty, ContractPartyKind kind, String reason, Instant dueAt) {
        return new ContractDuty(ruleId, counterparty, kind, reason, dueAt, DutyState.PENDING, null, null, null, null);
    }

    /** Still to do and past its due time. */
    public boolean lateAt(Instant now) {
        return state == DutyState.PENDING && now.isAfter(dueAt);
    }

    public ContractDuty done(String ref, MemberId by, Instant now) {
        requirePending();
        return new ContractDuty(
                ruleId,
                counterparty,
                kind,
                reason,
                dueAt,
                DutyState.DONE,
                now,
                Objects.requireNonNull(by, "by"),
                Check.text("reference", ref, Check.NAME_LENGTH),
                null);
    }

    public ContractDuty notRequired(String why, MemberId by, Instant now) {
        requirePending();
        return new ContractDuty(
                ruleId,
                counterparty,
                kind,
                reason,
                dueAt,
                DutyState.NOT_REQUIRED,
                now,
                Objects.requireNonNull(by, "by"),
                null,
                Check.text("reason", Check.present("reason", why), Check.SHORT_TEXT_LENGTH));
    }

    /**
     * The incident's contractual duties: the settled ones as they were recorded (their rule may be
     * gone), then a pending one per rule that applies and is not settled yet; due time order.
     */
    public static List<ContractDuty> of(Incident incident, List<ContractDutyRule> rules, List<ContractDuty> settled) {
        List<ContractDuty> list = new ArrayList<>(settled);
        for (ContractDutyRule rule : rules) {
            boolean done = settled.stream().anyMatch(duty -> duty.ruleId().equals(rule.id()));
            if (!done && rule.appliesTo(incident)) {
                list.add(rule.dutyFor(incident));
            }
        }
        list.sort(java.util.Comparator.comparing(ContractDuty::dueAt)
                .thenComparing(duty -> duty.ruleId().value()));
        return List.copyOf(list);
    }

    private void requirePending() {
        if (state != DutyState.PENDING) {
            throw new RuleViolation(
                    "duty-settled", "the contractual duty " + ruleId + " is already " + state, "CONTRACT", state);
        }
    }
}
