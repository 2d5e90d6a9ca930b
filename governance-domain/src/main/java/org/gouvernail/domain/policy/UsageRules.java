package org.gouvernail.domain.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Value: a consistent set of usage rules (one version's, or every published version's together)
 * and the one place where a policy question is answered.
 *
 * <p>Precedence, deterministic:
 * <ol>
 * <li>For each subject, the rule with the lowest data ceiling that still covers the data applies.
 * <li>Tool side: the tool's own rules; if none covers the data, its category's rules.
 * <li>Activity side: the activity's rules.
 * <li>The stricter of the two sides wins (ties go to the tool side); no rule on either side gives
 * NEEDS_APPROVAL: what the policy does not say, the committee decides. The conditions of the sides
 * kept are listed, except for a FORBIDDEN answer, where there is nothing left to fulfil.
 * <li>The tool's status sets a floor: FORBIDDEN stays FORBIDDEN, RESTRICTED and RETIRED need
 * approval, APPROVED_WITH_CONDITIONS carries conditions.
 * <li>An answer never softens as the data grows more sensitive: when the answer for less sensitive
 * data is stricter, it is the answer.
 * </ol>
 */
public record UsageRules(List<UsageRule> rules) {

    public static final int MAX_RULES = 200;
    public static final UsageRules NONE = new UsageRules(List.of());

    public UsageRules {
        rules = List.copyOf(Check.size("rules", rules, MAX_RULES));
        firstConflict(rules).ifPresent(conflict -> {
            throw new RuleViolation(
                    "contradictory-rules",
                    "rules " + (conflict.firstIndex() + 1) + " and " + (conflict.secondIndex() + 1)
                            + " contradict each other (" + conflict.kind() + ")",
                    conflict.firstIndex() + 1,
                    RuleConflict.describe(conflict.first()),
                    conflict.secondIndex() + 1,
                    RuleConflict.describe(conflict.second()),
                    conflict.kind());
        });
    }

    /**
     * The first pair that cannot stand together, in list order: the same subject and ceiling twice,
     * or a subject whose verdict softens as the data grows more sensitive.
     */
    public static Optional<RuleConflict> firstConflict(List<UsageRule> rules) {
        for (int second = 1; second < rules.size(); second++) {
            UsageRule later = rules.get(second);
            for (int first = 0; first < second; first++) {
                UsageRule earlier = rules.get(first);
                if (!earlier.subject().equals(later.subject())) {
                    continue;
                }
                int order = earlier.dataCeiling().compareTo(later.dataCeiling());
                if (order == 0) {
                    return Optional.of(new RuleConflict(RuleConflict.Kind.SAME_SCOPE, first, earlier, second, later));
                }
                UsageRule lower = order < 0 ? earlier : later;
                UsageRule higher = order < 0 ? later : earlier;
                if (lower.verdict().stricterThan(higher.verdict())) {
                    return Optional.of(
                            new RuleConflict(RuleConflict.Kind.LENIENT_ABOVE, first, earlier, second, later));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<UsageRule> find(UsageRule.Key key) {
        return rules.stream().filter(rule -> rule.key().equals(key)).findFirst();
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** These rules followed by others', as one set; fails like the constructor when they contradict. */
    public UsageRules with(UsageRules others) {
        return new UsageRules(
                Stream.concat(rules.stream(), others.rules.stream()).toList());
    }

    /**
     * Answers the question with the precedence of this class's documentation. The answer for less
     * sensitive data is worked out too: when one is stricter, it holds (a rule that forbids public
     * chatbots up to internal data does not leave personal data freer because it stops there).
     */
    public PolicyAnswer answer(PolicyQuestion question) {
        PolicyAnswer kept = answerFor(question);
        for (int level = question.data().ordinal() - 1; level >= 0; level--) {
            PolicyAnswer lower = answerFor(question.withData(DataCategory.values()[level]));
            if (lower.verdict().stricterThan(kept.verdict())) {
                kept = lower;
            }
        }
        return kept;
    }

    /** The answer for exactly this data, before any stricter answer for less sensitive data is carried up. */
    private PolicyAnswer answerFor(PolicyQuestion question) {
        DataCategory data = question.data();
        Optional<UsageRule> toolSide = Optional.ofNullable(question.toolId())
                .flatMap(tool -> tightest(RuleSubject.tool(tool), data))
                .or(() -> Optional.ofNullable(question.category())
                        .flatMap(category -> tightest(RuleSubject.category(category), data)));
        Optional<UsageRule> activitySide = Optional.ofNullable(question.activity())
                .flatMap(activity -> tightest(RuleSubject.activity(activity), data));
        List<UsageRule> applied =
                Stream.of(toolSide, activitySide).flatMap(Optional::stream).toList();
        Verdict floor = floor(question.toolStatus());
        if (applied.isEmpty()) {
            return floor == Verdict.FORBIDDEN
                    ? new PolicyAnswer(Verdict.FORBIDDEN, PolicyAnswer.Basis.TOOL_STATUS, null, applied, List.of())
                    : new PolicyAnswer(Verdict.NEEDS_APPROVAL, PolicyAnswer.Basis.NO_RULE, null, applied, List.of());
        }
        Verdict strictest = applied.stream()
                .map(UsageRule::verdict)
                .reduce(Verdict::strictest)
                .orElseThrow();
        UsageRule deciding = applied.stream()
                .filter(rule -> rule.verdict() == strictest)
                .findFirst()
                .orElseThrow();
        Set<String> conditions = new LinkedHashSet<>();
        if (Verdict.strictest(strictest, floor) != Verdict.FORBIDDEN) {
            applied.stream()
                    .map(UsageRule::conditions)
                    .filter(text -> text != null)
                    .forEach(conditions::add);
        }
        return floor.stricterThan(strictest)
                ? new PolicyAnswer(floor, PolicyAnswer.Basis.TOOL_STATUS, null, applied, new ArrayList<>(conditions))
                : new PolicyAnswer(strictest, PolicyAnswer.Basis.RULE, deciding, applied, new ArrayList<>(conditions));
    }

    /** The least a tool's status allows, whatever the rules say. */
    public static Verdict floor(ToolStatus status) {
        if (status == null) {
            return Verdict.ALLOWED;
        }
        return switch (status) {
            case FORBIDDEN -> Verdict.FORBIDDEN;
            case RESTRICTED, RETIRED -> Verdict.NEEDS_APPROVAL;
            case APPROVED_WITH_CONDITIONS -> Verdict.ALLOWED_WITH_CONDITIONS;
            case DECLARED, UNDER_REVIEW, APPROVED -> Verdict.ALLOWED;
        };
    }

    private Optional<UsageRule> tightest(RuleSubject subject, DataCategory data) {
        return rules.stream()
                .filter(rule -> rule.subject().equals(subject) && rule.covers(data))
                .min(Comparator.comparing(UsageRule::dataCeiling));
    }
}
