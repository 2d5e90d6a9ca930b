package org.gouvernail.domain.shared;

/** Domain error: the caller edited a version of the aggregate that someone else changed since. */
public final class StaleVersion extends DomainException {

    public StaleVersion(String what, long expected, long actual) {
        super("stale-version", what + " is at version " + actual + ", not " + expected, what, expected, actual);
    }
}
