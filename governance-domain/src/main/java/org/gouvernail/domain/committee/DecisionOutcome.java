package org.gouvernail.domain.committee;

/** The outcome of a committee decision. */
public enum DecisionOutcome {
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED,
    DEFERRED
}
