package org.gouvernail.domain.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: a risk of the organisation's register with its mitigation actions. The score and
 * level are computed from the ratings, never typed in. Its rules:
 * <ul>
 * <li>a residual rating needs at least one mitigation action that is not cancelled;</li>
 * <li>the treatment becomes ACCEPT only through {@link #accept}, with a rationale, and only while
 * the current level (residual when assessed, inherent otherwise) is LOW or MEDIUM: a HIGH or
 * CRITICAL risk needs a committee decision;</li>
 * <li>the status moves only as {@link RiskStatus} allows; TREATING and MONITORED need a treatment;</li>
 * <li>a CLOSED risk is kept as it was until it is reopened.</li>
 * </ul>
 */
public record Risk(
        RiskId id,
        OrganisationId organisationId,
        RiskDetails details,
        RiskStatus status,
        Acceptance acceptance,
        List<MitigationAction> actions,
        String catalogueEntry,
        MemberId raisedBy,
        Instant raisedAt,
        long version) {

    public static final int MAX_ACTIONS = 50;

    public Risk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(raisedAt, "raisedAt");
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A newly raised risk is OPEN, at version 0; it may come with the actions a catalogue entry suggests. */
    public static Risk raise(
            RiskId id,
            OrganisationId organisationId,
            RiskDetails details,
            List<MitigationAction> actions,
            String catalogueEntry,
            MemberId raisedBy,
            Instant now) {
        if (details.treatment() == Treatment.ACCEPT) {
            throw new RuleViolation("accept-via-action", "a risk is accepted with POST .../accept and a rationale");
        }
        return new Risk(id, organisationId, details, RiskStatus.OPEN, null, actions, catalogueEntry, raisedBy, now, 0)
                .checked();
    }

    public Rating inherent() {
        return details.inherent();
    }

    public Optional<Rating> residual() {
        return details.residual();
    }

    /** The rating that counts now: the residual one once assessed, the inherent one before. */
    public Rating current() {
        return residual().orElse(inherent());
    }

    public Risk withDetails(RiskDetails changed) {
        requireNotClosed();
        if (changed.treatment() == Treatment.ACCEPT && details.treatment() != Treatment.ACCEPT) {
            throw new RuleViolation("accept-via-action", "a risk is accepted with POST .../accept and a rationale");
        }
        Acceptance kept = changed.treatment() == Treatment.ACCEPT ? acceptance : null;
        return new Risk(id, organisationId, changed, status, kept, actions, catalogueEntry, raisedBy, raisedAt, version)
                .checked();
    }

    /** Accepts the risk as it is now: treatment ACCEPT, status MONITORED. */
    public Risk accept(String rationale, MemberId by, Instant now) {
        requireNotClosed();
        if (details.treatment() == Treatment.ACCEPT) {
            throw new RuleViolation("already-accepted", "the risk is already accepted");
        }
        Acceptance accepted = new Acceptance(rationale, by, now);
        return new Risk(
                        id,
                        organisationId,
                        details.withTreatment(Treatment.ACCEPT),
                        RiskStatus.MONITORED,
                        accepted,
                        actions,
                        catalogueEntry,
                        raisedBy,
                        raisedAt,
                        version)
                .checked();
    }

    /** Accepts the risk by a committee decision, whatever its level: treatment ACCEPT, status MONITORED. */
    public Risk acceptByDecision(java.util.UUID decisionId, String rationale, MemberId by, Instant now) {
        Objects.requireNonNull(decisionId, "decisionId");
        requireNotClosed();
        if (details.treatment() == Treatment.ACCEPT) {
            throw new RuleViolation("already-accepted", "the risk is already accepted");
        }
        Acceptance accepted = new Acceptance(rationale, by, now, decisionId);
        return new Risk(
                        id,
                        organisationId,
                        details.withTreatment(Treatment.ACCEPT),
                        RiskStatus.MONITORED,
                        accepted,
                        actions,
                        catalogueEntry,
                        raisedBy,
                        raisedAt,
                        version)
                .checked();
    }

    public Risk moveTo(RiskStatus target) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolation(
                    "risk-transition-refused", "a risk " + status + " cannot become " + target, status, target);
        }
        if ((target == RiskStatus.TREATING || target == RiskStatus.MONITORED) && details.treatment() == null) {
            throw new RuleViolation(
                    "treatment-required", "choose a treatment before the risk becomes " + target, target);
        }
        return new Risk(
                        id,
                        organisationId,
                        details,
                        target,
                        acceptance,
                        actions,
                        catalogueEntry,
                        raisedBy,
                        raisedAt,
                        version)
                .checked();
    }

    public Risk addAction(MitigationAction action) {
        requireNotClosed();
        if (actions.size() >= MAX_ACTIONS) {
            throw new RuleViolation("action-limit", "a risk has at most " + MAX_ACTIONS + " actions", MAX_ACTIONS);
        }
        List<MitigationAction> changed = new ArrayList<>(actions);
        changed.add(action);
        return withActions(changed);
    }

    public Risk changeAction(ActionId actionId, ActionDetails changedDetails) {
        requireNotClosed();
        action(actionId);
        return withActions(actions.stream()
                .map(a -> a.id().equals(actionId) ? new MitigationAction(actionId, changedDetails) : a)
                .toList());
    }

    public Risk removeAction(ActionId actionId) {
        requireNotClosed();
        action(actionId);
        return withActions(
                actions.stream().filter(a -> !a.id().equals(actionId)).toList());
    }

    public MitigationAction action(ActionId actionId) {
        return actions.stream()
                .filter(a -> a.id().equals(actionId))
                .findFirst()
                .orElseThrow(() -> new NotFound("action", actionId));
    }

    /** Not closed, and its review date or one of its unsettled actions' due dates has passed. */
    public boolean overdueOn(LocalDate today) {
        if (status == RiskStatus.CLOSED) {
            return false;
        }
        boolean reviewDue =
                details.nextReviewDate() != null && details.nextReviewDate().isBefore(today);
        return reviewDue || actions.stream().anyMatch(a -> a.overdueOn(today));
    }

    /** The owner of the risk answers for it: they may edit it and manage its actions. */
    public boolean ownedBy(MemberId member) {
        return member.equals(details.ownerId());
    }

    private Risk withActions(List<MitigationAction> changed) {
        return new Risk(
                        id,
                        organisationId,
                        details,
                        status,
                        acceptance,
                        changed,
                        catalogueEntry,
                        raisedBy,
                        raisedAt,
                        version)
                .checked();
    }

    private void requireNotClosed() {
        if (status == RiskStatus.CLOSED) {
            throw new RuleViolation("risk-closed", "a closed risk is kept as it was; reopen it first");
        }
    }

    private Risk checked() {
        if (details.residual().isPresent() && actions.stream().noneMatch(MitigationAction::live)) {
            throw new RuleViolation(
                    "residual-needs-action",
                    "a residual rating needs at least one mitigation action that is not cancelled");
        }
        if (details.treatment() == Treatment.ACCEPT
                && current().level().needsCommitteeToAccept()
                && (acceptance == null || !acceptance.byDecision())) {
            throw new RuleViolation(
                    "committee-decision-required",
                    "accepting a " + current().level() + " risk needs a committee decision",
                    current().level());
        }
        return this;
    }
}
