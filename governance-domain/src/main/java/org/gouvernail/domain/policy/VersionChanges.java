package org.gouvernail.domain.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Value: what changed from one version to another, so that members see what is new. Rules are
 * matched by subject and data ceiling: a rule whose ceiling moved is one removed and one added.
 */
public record VersionChanges(
        int from,
        int to,
        List<UsageRule> added,
        List<UsageRule> removed,
        List<VerdictChange> verdictChanged,
        List<UsageRule> reworded,
        boolean bodyChanged,
        boolean summaryChanged,
        boolean reviewDateChanged) {

    /** A rule kept with another verdict. */
    public record VerdictChange(UsageRule before, UsageRule after) {}

    public VersionChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        verdictChanged = List.copyOf(verdictChanged);
        reworded = List.copyOf(reworded);
    }

    public static VersionChanges between(PolicyVersion earlier, PolicyVersion later) {
        UsageRules before = earlier.content().rules();
        UsageRules after = later.content().rules();
        List<UsageRule> added = new ArrayList<>();
        List<VerdictChange> verdictChanged = new ArrayList<>();
        List<UsageRule> reworded = new ArrayList<>();
        for (UsageRule rule : after.rules()) {
            before.find(rule.key())
                    .ifPresentOrElse(
                            old -> {
                                if (old.verdict() != rule.verdict()) {
                                    verdictChanged.add(new VerdictChange(old, rule));
                                } else if (!old.equals(rule)) {
                                    reworded.add(rule);
                                }
                            },
                            () -> added.add(rule));
        }
        List<UsageRule> removed = before.rules().stream()
                .filter(rule -> after.find(rule.key()).isEmpty())
                .toList();
        VersionContent a = earlier.content();
        VersionContent b = later.content();
        return new VersionChanges(
                earlier.number(),
                later.number(),
                added,
                removed,
                verdictChanged,
                reworded,
                !Objects.equals(a.body(), b.body()),
                !Objects.equals(a.summary(), b.summary()),
                !Objects.equals(a.nextReviewDate(), b.nextReviewDate()));
    }

    public boolean none() {
        return added.isEmpty()
                && removed.isEmpty()
                && verdictChanged.isEmpty()
                && reworded.isEmpty()
                && !bodyChanged
                && !summaryChanged
                && !reviewDateChanged;
    }
}
