package org.gouvernail.domain.readiness;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: how an organisation sizes its AI governance: the facts its profile is proposed from, the
 * profile in force (the proposed one, or another with a written reason), its decisions on the
 * recommended practices (apply or explain) and the roadmap actions it accepted or skipped. One version
 * for all of it: the ETag of the setup.
 */
public record GovernanceSetup(
        OrganisationId organisationId,
        ProfileFacts facts,
        GovernanceProfile chosen,
        String overrideReason,
        Map<Practice, PracticeDecision> practices,
        Map<RoadmapAction, RoadmapStep> steps,
        long version) {

    public GovernanceSetup {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(chosen, "chosen");
        overrideReason = Check.text("overrideReason", overrideReason, Check.SHORT_TEXT_LENGTH);
        if (chosen != ProfileProposal.of(facts).profile() && overrideReason == null) {
            throw new InvalidInput(
                    "overrideReason",
                    "override-reason-required",
                    "choosing another profile than the proposed one needs a written reason",
                    "overrideReason");
        }
        practices = copy(practices, Practice.class);
        steps = copy(steps, RoadmapAction.class);
    }

    /** The first setup: the facts, and the proposed profile unless another is chosen with its reason. */
    public static GovernanceSetup start(
            OrganisationId organisationId, ProfileFacts facts, GovernanceProfile override, String reason) {
        GovernanceProfile proposed = ProfileProposal.of(facts).profile();
        GovernanceProfile chosen = override == null ? proposed : override;
        return new GovernanceSetup(
                organisationId, facts, chosen, chosen == proposed ? null : reason, Map.of(), Map.of(), 0);
    }

    /** New facts or a new choice; without an override the profile follows the new proposal. */
    public GovernanceSetup withProfile(ProfileFacts newFacts, GovernanceProfile override, String reason) {
        GovernanceProfile proposed = ProfileProposal.of(newFacts).profile();
        GovernanceProfile newChoice = override == null ? proposed : override;
        return new GovernanceSetup(
                organisationId, newFacts, newChoice, newChoice == proposed ? null : reason, practices, steps, version);
    }

    public ProfileProposal proposal() {
        return ProfileProposal.of(facts);
    }

    public boolean overridden() {
        return chosen != proposal().profile();
    }

    public ProfileDefaults defaults() {
        return ProfileDefaults.of(chosen);
    }

    public GovernanceSetup decide(PracticeDecision decision) {
        Map<Practice, PracticeDecision> changed = new EnumMap<>(Practice.class);
        changed.putAll(practices);
        changed.put(decision.practice(), decision);
        return new GovernanceSetup(organisationId, facts, chosen, overrideReason, changed, steps, version);
    }

    public Optional<RoadmapStep> step(RoadmapAction action) {
        return Optional.ofNullable(steps.get(action));
    }

    /** Records the action accepted, with the object it created: IN_PROGRESS until its register says done. */
    public GovernanceSetup accepted(RoadmapAction action, UUID createdId, Instant now) {
        if (steps.containsKey(action) && steps.get(action).createdId() != null) {
            return this;
        }
        return withStep(new RoadmapStep(action, StepStatus.IN_PROGRESS, createdId, now));
    }

    /** Sets a step's status by hand: SKIPPED, or DONE / IN_PROGRESS when the association says so. */
    public GovernanceSetup marked(RoadmapAction action, StepStatus status, Instant now) {
        Check.present("status", status);
        RoadmapStep current = steps.get(action);
        if (status == StepStatus.NOT_STARTED && current != null && current.createdId() != null) {
            throw new RuleViolation(
                    "roadmap-step-started", "the action created its object; it can no longer be not started", action);
        }
        return withStep(new RoadmapStep(action, status, current == null ? null : current.createdId(), now));
    }

    private GovernanceSetup withStep(RoadmapStep step) {
        Map<RoadmapAction, RoadmapStep> changed = new EnumMap<>(RoadmapAction.class);
        changed.putAll(steps);
        changed.put(step.action(), step);
        return new GovernanceSetup(organisationId, facts, chosen, overrideReason, practices, changed, version);
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> values, Class<K> type) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        if (values != null) {
            copy.putAll(values);
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
