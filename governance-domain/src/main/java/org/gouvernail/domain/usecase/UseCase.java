package org.gouvernail.domain.usecase;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: one use of AI in an organisation's portfolio, with its prioritisation, its AI Act
 * questionnaire, its DPIA screening, its values check and the declared usage behind its footprint (the results are computed from the answers, never typed
 * in). Its status moves only as {@link UseCaseStatus} allows; approval and rejection are the
 * committee's, through a decision, and a PROHIBITED use case can never be approved
 * ({@link #requireApprovable()}). The committee module adds {@code applyDecision(outcome)}: for
 * an approval it calls {@code requireApprovable()}, then moves SUBMITTED to the outcome, which
 * {@link UseCaseStatus#canMoveTo} already allows; the private moveTo keeps refusing it to everyone else.
 */
public record UseCase(
        UseCaseId id,
        OrganisationId organisationId,
        UseCaseDetails details,
        UseCaseStatus status,
        AiActAnswers aiActAnswers,
        DpiaAnswers dpiaAnswers,
        ValuesCheck valuesCheck,
        FootprintInputs footprintInputs,
        String catalogueEntry,
        MemberId createdBy,
        long version,
        Instant createdAt) {

    public UseCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new idea, possibly started from a catalogue entry (its id is kept). */
    public static UseCase propose(
            UseCaseId id,
            OrganisationId organisationId,
            UseCaseDetails details,
            String catalogueEntry,
            MemberId createdBy,
            Instant now) {
        return new UseCase(
                id,
                organisationId,
                details,
                UseCaseStatus.IDEA,
                null,
                null,
                null,
                null,
                catalogueEntry,
                createdBy,
                0,
                now);
    }

    public UseCase withDetails(UseCaseDetails changed) {
        requireNotRetired();
        return new UseCase(
                id,
                organisationId,
                changed,
                status,
                aiActAnswers,
                dpiaAnswers,
                valuesCheck,
                footprintInputs,
                catalogueEntry,
                createdBy,
                version,
                createdAt);
    }

    /**
     * Replaces the AI Act questionnaire as a whole; the tier follows from it. A use case approved,
     * piloted or in use whose new tier is PROHIBITED is SUSPENDED at once (an art. 5 practice may
     * not go on until the committee decides again); a later, milder profile does not lift the
     * suspension: only a new decision does, after the use case is submitted again.
     */
    public UseCase withAiActAnswers(AiActAnswers answers) {
        requireNotRetired();
        Objects.requireNonNull(answers, "answers");
        boolean suspended =
                UseCaseStatus.SUSPENDABLE.contains(status) && answers.classify().tier() == RiskTier.PROHIBITED;
        return new UseCase(
                id,
                organisationId,
                details,
                suspended ? UseCaseStatus.SUSPENDED : status,
                answers,
                dpiaAnswers,
                valuesCheck,
                footprintInputs,
                catalogueEntry,
                createdBy,
                version,
                createdAt);
    }

    /** Replaces the DPIA screening questionnaire as a whole; the outcome follows from it. */
    public UseCase withDpiaAnswers(DpiaAnswers answers) {
        requireNotRetired();
        Objects.requireNonNull(answers, "answers");
        return new UseCase(
                id,
                organisationId,
                details,
                status,
                aiActAnswers,
                answers,
                valuesCheck,
                footprintInputs,
                catalogueEntry,
                createdBy,
                version,
                createdAt);
    }

    /**
     * Replaces the values check's answers as a whole; the responses already given are kept for the
     * concerns the new answers still raise.
     */
    public UseCase withValuesAnswers(ValuesCheck answers) {
        requireNotRetired();
        Objects.requireNonNull(answers, "answers");
        ValuesCheck check = answers;
        if (valuesCheck != null) {
            ValuesAssessment raised = ValuesAssessment.of(answers, details, aiActClassification());
            Map<String, String> kept = new TreeMap<>();
            valuesCheck.responses().forEach((code, text) -> {
                if (raised.concern(code).isPresent()) {
                    kept.put(code, text);
                }
            });
            check = answers.withResponses(kept);
        }
        return with(check, footprintInputs);
    }

    /**
     * Records the team's responses to concerns, by concern code (a null text withdraws one); a code the
     * current answers do not raise is refused ("responses.&lt;code&gt;", concern-not-raised).
     */
    public UseCase withValuesResponses(Map<String, String> given) {
        requireNotRetired();
        ValuesCheck current = valuesCheck == null ? ValuesCheck.of(Map.of()) : valuesCheck;
        ValuesAssessment raised = ValuesAssessment.of(current, details, aiActClassification());
        Map<String, String> merged = new TreeMap<>(current.responses());
        given.forEach((code, text) -> {
            if (raised.concern(code).isEmpty()) {
                throw new InvalidInput(
                        "responses." + code,
                        "concern-not-raised",
                        "the values check raises no concern " + code,
                        "responses." + code);
            }
            if (text == null) {
                merged.remove(code);
            } else {
                merged.put(code, text);
            }
        });
        return with(current.withResponses(merged), footprintInputs);
    }

    /** Replaces the declared usage from which the footprint is estimated; null removes it. */
    public UseCase withFootprintInputs(FootprintInputs inputs) {
        requireNotRetired();
        return with(valuesCheck, inputs);
    }

    /** The concerns of the values check, from the answers (none given yet: assessed as all unanswered). */
    public ValuesAssessment valuesAssessment() {
        return ValuesAssessment.of(
                valuesCheck == null ? ValuesCheck.of(Map.of()) : valuesCheck, details, aiActClassification());
    }

    public Optional<Footprint> footprint() {
        return Optional.ofNullable(footprintInputs).map(FootprintInputs::estimate);
    }

    private UseCase with(ValuesCheck check, FootprintInputs inputs) {
        return new UseCase(
                id,
                organisationId,
                details,
                status,
                aiActAnswers,
                dpiaAnswers,
                check,
                inputs,
                catalogueEntry,
                createdBy,
                version,
                createdAt);
    }

    public Optional<AiActClassification> aiActClassification() {
        return Optional.ofNullable(aiActAnswers).map(AiActAnswers::classify);
    }

    public Optional<RiskTier> tier() {
        return aiActClassification().map(AiActClassification::tier);
    }

    public Optional<DpiaScreening> dpiaScreening() {
        return Optional.ofNullable(dpiaAnswers).map(DpiaAnswers::screen);
    }

    /** IDEA or SUSPENDED → SUBMITTED: the use case queues for the committee (again, for a suspended one). */
    public UseCase submit() {
        return moveTo(UseCaseStatus.SUBMITTED);
    }

    /** APPROVED or APPROVED_WITH_CONDITIONS → PILOT; before a decision, "decision-required". */
    public UseCase startPilot() {
        if (UseCaseStatus.UNDECIDED.contains(status)) {
            throw new RuleViolation(
                    "decision-required",
                    "only a committee decision approves a use case before its pilot",
                    UseCaseStatus.APPROVED);
        }
        requireNotProhibited();
        return moveTo(UseCaseStatus.PILOT);
    }

    /** PILOT → IN_USE. */
    public UseCase putInUse() {
        requireNotProhibited();
        return moveTo(UseCaseStatus.IN_USE);
    }

    /** Any status but RETIRED → RETIRED; the record stays. */
    public UseCase retire() {
        return moveTo(UseCaseStatus.RETIRED);
    }

    /** Whether a committee decision may approve this use case: never when its AI Act tier is PROHIBITED. */
    public boolean canBeApproved() {
        return status.canMoveTo(UseCaseStatus.APPROVED)
                && tier().filter(RiskTier.PROHIBITED::equals).isEmpty();
    }

    /**
     * Guard for the committee's approval (with or without conditions): refuses a PROHIBITED use case
     * ("prohibited-use-case") and one that is not SUBMITTED ("use-case-transition-refused").
     */
    public void requireApprovable() {
        requireNotProhibited();
        if (!status.canMoveTo(UseCaseStatus.APPROVED)) {
            throw refused(UseCaseStatus.APPROVED);
        }
    }

    /**
     * Applies a committee decision: SUBMITTED becomes APPROVED, APPROVED_WITH_CONDITIONS or REJECTED.
     * An approval first passes {@link #requireApprovable()}.
     */
    public UseCase applyDecision(UseCaseStatus outcome) {
        return applyDecision(outcome, false);
    }

    /**
     * Same, and an approval also needs {@code valuesCheckAcknowledged} when the values check has a
     * SERIOUS concern without the team's response (a use case whose check was never answered is not held) ("values-check-not-acknowledged"): the committee
     * approves only having seen the check, and its decision records it.
     */
    public UseCase applyDecision(UseCaseStatus outcome, boolean valuesCheckAcknowledged) {
        if (!UseCaseStatus.DECISION_OUTCOMES.contains(outcome)) {
            throw refused(outcome);
        }
        if (UseCaseStatus.APPROVALS.contains(outcome)) {
            requireApprovable();
            if (!valuesCheckAcknowledged
                    && valuesCheck != null
                    && valuesAssessment().blocking()) {
                throw new RuleViolation(
                        "values-check-not-acknowledged",
                        "the values check has a serious concern without response: the decision must acknowledge the check");
            }
        } else if (!status.canMoveTo(outcome)) {
            throw refused(outcome);
        }
        return new UseCase(
                id,
                organisationId,
                details,
                outcome,
                aiActAnswers,
                dpiaAnswers,
                valuesCheck,
                footprintInputs,
                catalogueEntry,
                createdBy,
                version,
                createdAt);
    }

    /** The owner may edit their use case (the service checks they still hold a contributing role). */
    public boolean ownedBy(MemberId member) {
        return details.owner().equals(member);
    }

    /** A use case nobody decided on yet may be deleted; afterwards it is retired, for the record. */
    public void requireRemovable() {
        if (!UseCaseStatus.UNDECIDED.contains(status)) {
            throw new RuleViolation("use-case-decided", "a use case " + status + " is retired, not deleted", status);
        }
    }

    private UseCase moveTo(UseCaseStatus target) {
        if (UseCaseStatus.DECISION_OUTCOMES.contains(target)) {
            throw new RuleViolation("decision-required", "only a committee decision sets a use case " + target, target);
        }
        if (!status.canMoveTo(target)) {
            throw refused(target);
        }
        return new UseCase(
                id,
                organisationId,
                details,
                target,
                aiActAnswers,
                dpiaAnswers,
                valuesCheck,
                footprintInputs,
                catalogueEntry,
                createdBy,
                version,
                createdAt);
    }

    private RuleViolation refused(UseCaseStatus target) {
        return new RuleViolation(
                "use-case-transition-refused", "a use case " + status + " cannot become " + target, status, target);
    }

    private void requireNotProhibited() {
        if (tier().filter(RiskTier.PROHIBITED::equals).isPresent()) {
            throw new RuleViolation(
                    "prohibited-use-case", "a use case whose AI Act tier is PROHIBITED can never be approved or used");
        }
    }

    private void requireNotRetired() {
        if (status == UseCaseStatus.RETIRED) {
            throw new RuleViolation("use-case-retired", "a retired use case is kept as it was");
        }
    }
}
