package org.gouvernail.domain.policy;

/**
 * What a usage rule says, from the most lenient to the most restrictive. The order matters: when
 * several rules apply, the most restrictive verdict wins.
 */
public enum Verdict {
    ALLOWED,
    ALLOWED_WITH_CONDITIONS,
    NEEDS_APPROVAL,
    FORBIDDEN;

    public boolean stricterThan(Verdict other) {
        return compareTo(other) > 0;
    }

    public static Verdict strictest(Verdict a, Verdict b) {
        return a.stricterThan(b) ? a : b;
    }
}
