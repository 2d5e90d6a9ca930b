package org.gouvernail.domain.readiness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Policy: the roadmap of first actions, sized to the profile and derived from the latest results. An
 * action is proposed when one of its dimensions is below {@link #GOOD_ENOUGH} (or unknown), when its
 * groups disagree, or when there are no results yet; a SMALL_LOCAL association is proposed a referent's
 * charter only when its leadership results call for it. Weakest first; accepted and skipped actions stay listed.
 */
public final class Roadmap {

    public static final double GOOD_ENOUGH = 3.5;

    private Roadmap() {}

    /** One proposed action, why, and where it stands (NOT_STARTED until accepted). */
    public record Item(RoadmapAction action, List<String> reasons, Double weakestMean, RoadmapStep step) {

        public Item {
            reasons = List.copyOf(reasons);
        }

        public StepStatus status() {
            return step == null ? StepStatus.NOT_STARTED : step.status();
        }
    }

    public static List<Item> of(
            GovernanceProfile profile, Optional<ReadinessResults> results, Map<RoadmapAction, RoadmapStep> steps) {
        List<Item> items = new ArrayList<>();
        for (RoadmapAction action : RoadmapAction.values()) {
            List<String> reasons = new ArrayList<>();
            Double weakest = null;
            if (results.isEmpty()) {
                reasons.add("no-results");
            } else {
                for (Dimension dimension : action.dimensions()) {
                    ReadinessResults.DimensionResult result =
                            results.get().dimension(dimension).orElseThrow();
                    if (result.mean() == null) {
                        reasons.add("unknown:" + dimension);
                    } else {
                        weakest = weakest == null ? result.mean() : Math.min(weakest, result.mean());
                        if (result.mean() < GOOD_ENOUGH) {
                            reasons.add("low:" + dimension);
                        }
                    }
                    if (result.disagreement()) {
                        reasons.add("disagreement:" + dimension);
                    }
                }
            }
            if (action == RoadmapAction.COMMITTEE_CHARTER
                    && profile == GovernanceProfile.SMALL_LOCAL
                    && reasons.stream().noneMatch(reason -> reason.endsWith(Dimension.LEADERSHIP_GOVERNANCE.name()))) {
                reasons.clear();
            }
            RoadmapStep step = steps.get(action);
            if (!reasons.isEmpty() || step != null) {
                items.add(new Item(action, reasons, weakest, step));
            }
        }
        items.sort(Comparator.comparing(
                (Item item) -> item.weakestMean() == null ? Double.NEGATIVE_INFINITY : item.weakestMean()));
        return items;
    }
}
