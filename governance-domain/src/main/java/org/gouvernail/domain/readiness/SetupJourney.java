package org.gouvernail.domain.readiness;

import java.util.ArrayList;
import java.util.List;

/**
 * Policy: the setup journey, the ordered steps of the profile and where each stands, computed from the
 * registers (a published policy makes "policy in force" DONE whatever was clicked) or, for a step the
 * registers cannot tell, from the roadmap step the association marked. Computing it changes nothing.
 */
public final class SetupJourney {

    private SetupJourney() {}

    public enum Step {
        PROFILE_CHOSEN(null),
        READINESS_ASSESSED(null),
        TOOLS_DECLARED(RoadmapAction.DECLARE_TOOLS),
        POLICY_IN_FORCE(RoadmapAction.ADOPT_POLICY),
        COMMITTEE_CONSTITUTED(RoadmapAction.COMMITTEE_CHARTER),
        FIRST_TRAINING_HELD(RoadmapAction.FIRST_TRAINING),
        PRACTICES_DECIDED(null);

        private final RoadmapAction action;

        Step(RoadmapAction action) {
            this.action = action;
        }

        /** The roadmap action that starts this step, if any. */
        public RoadmapAction action() {
            return action;
        }
    }

    /** What the registers say, read by the application in a fixed number of queries. */
    public record Registers(
            boolean profileChosen,
            boolean campaignOpen,
            boolean campaignClosed,
            long tools,
            boolean policyPublished,
            boolean policyDrafted,
            boolean committeeConstituted,
            boolean committeeConfigured,
            boolean trainingHeld,
            boolean trainingPlanned,
            int practicesDecided,
            int practicesRecommended) {}

    public record Item(int order, Step step, StepStatus status, RoadmapAction action) {}

    public static List<Item> of(GovernanceProfile profile, GovernanceSetup setup, Registers registers) {
        List<Item> items = new ArrayList<>();
        int order = 1;
        for (Step step : Step.values()) {
            StepStatus status = switch (step) {
                case PROFILE_CHOSEN -> registers.profileChosen() ? StepStatus.DONE : StepStatus.NOT_STARTED;
                case READINESS_ASSESSED -> of(registers.campaignClosed(), registers.campaignOpen());
                case TOOLS_DECLARED -> of(registers.tools() > 0, false);
                case POLICY_IN_FORCE -> of(registers.policyPublished(), registers.policyDrafted());
                case COMMITTEE_CONSTITUTED -> of(registers.committeeConstituted(), registers.committeeConfigured());
                case FIRST_TRAINING_HELD -> of(registers.trainingHeld(), registers.trainingPlanned());
                case PRACTICES_DECIDED ->
                    of(
                            registers.practicesRecommended() > 0
                                    && registers.practicesDecided() >= registers.practicesRecommended(),
                            registers.practicesDecided() > 0);
            };
            if (status != StepStatus.DONE && step.action() != null && setup != null) {
                StepStatus marked =
                        setup.step(step.action()).map(RoadmapStep::status).orElse(StepStatus.NOT_STARTED);
                if (marked == StepStatus.SKIPPED || marked == StepStatus.DONE) {
                    status = marked;
                } else if (marked == StepStatus.IN_PROGRESS && status == StepStatus.NOT_STARTED) {
                    status = StepStatus.IN_PROGRESS;
                }
            }
            if (step == Step.COMMITTEE_CONSTITUTED
                    && profile == GovernanceProfile.SMALL_LOCAL
                    && status == StepStatus.NOT_STARTED) {
                status = StepStatus.SKIPPED; // a small association may keep a referent instead of a committee
            }
            items.add(new Item(order++, step, status, step.action()));
        }
        return items;
    }

    private static StepStatus of(boolean done, boolean started) {
        return done ? StepStatus.DONE : started ? StepStatus.IN_PROGRESS : StepStatus.NOT_STARTED;
    }
}
