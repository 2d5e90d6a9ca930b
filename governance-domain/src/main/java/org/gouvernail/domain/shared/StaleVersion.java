package org.gouvernail.domain.shared;

/** Domain error: the caller edited a version of the aggregate that someone else changed since. */
public final class StaleVersion extends DomainException {

    public StaleVersion(String what, long expected, long actual) {
        super("stale-version", what + " is at version " + actual + ", not " + expected, what, expected, actual);
    }

    /** Refuses a change made from a version the caller read before someone else changed it. */
    public static void check(String what, long actual, long expected) {
        if (actual != expected) {
            throw new StaleVersion(what, expected, actual);
        }
    }
}
