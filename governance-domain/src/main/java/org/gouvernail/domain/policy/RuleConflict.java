package org.gouvernail.domain.policy;

/**
 * Value: two rules of one set that cannot stand together, with their positions in the set
 * (0-based). SAME_SCOPE: same subject and same data ceiling. LENIENT_ABOVE: for the same subject,
 * the rule with the higher ceiling (more sensitive data) is more lenient than the one below it.
 */
public record RuleConflict(Kind kind, int firstIndex, UsageRule first, int secondIndex, UsageRule second) {

    public enum Kind {
        SAME_SCOPE,
        LENIENT_ABOVE
    }

    public static String describe(UsageRule rule) {
        return rule.subject() + " ≤ " + rule.dataCeiling() + ": " + rule.verdict();
    }
}
