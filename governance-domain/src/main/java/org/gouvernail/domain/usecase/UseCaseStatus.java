package org.gouvernail.domain.usecase;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a use case: IDEA → SUBMITTED → APPROVED | APPROVED_WITH_CONDITIONS | REJECTED →
 * PILOT → IN_USE → RETIRED. The three outcomes of SUBMITTED are set by a committee decision only.
 */
public enum UseCaseStatus {
    IDEA,
    SUBMITTED,
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED,
    PILOT,
    IN_USE,
    RETIRED;

    /** The statuses only a committee decision may set. */
    public static final Set<UseCaseStatus> DECISION_OUTCOMES = EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, REJECTED);
    /** Approved, with or without conditions: a pilot may start. */
    public static final Set<UseCaseStatus> APPROVALS = EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS);
    /** No decision has been taken on the use case yet: it may still be deleted. */
    public static final Set<UseCaseStatus> UNDECIDED = EnumSet.of(IDEA, SUBMITTED);

    /** The transition table, decision outcomes included (a decision needs SUBMITTED). */
    public boolean canMoveTo(UseCaseStatus target) {
        return switch (target) {
            case IDEA -> false;
            case SUBMITTED -> this == IDEA;
            case APPROVED, APPROVED_WITH_CONDITIONS, REJECTED -> this == SUBMITTED;
            case PILOT -> APPROVALS.contains(this);
            case IN_USE -> this == PILOT;
            case RETIRED -> this != RETIRED;
        };
    }
}
