package org.gouvernail.domain.usecase;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a use case: IDEA → SUBMITTED → APPROVED | APPROVED_WITH_CONDITIONS | REJECTED →
 * PILOT → IN_USE → RETIRED. The three outcomes of SUBMITTED are set by a committee decision only.
 * SUSPENDED is set by no one's choice: an approved, piloted or used use case whose AI Act profile
 * turns PROHIBITED falls into it (art. 5 practices may not go on while the committee is waiting),
 * and leaves it only by being submitted again, for a new decision, or retired.
 */
public enum UseCaseStatus {
    IDEA,
    SUBMITTED,
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED,
    PILOT,
    IN_USE,
    SUSPENDED,
    RETIRED;

    /** The statuses only a committee decision may set. */
    public static final Set<UseCaseStatus> DECISION_OUTCOMES = EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, REJECTED);
    /** Approved, with or without conditions: a pilot may start. */
    public static final Set<UseCaseStatus> APPROVALS = EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS);
    /** No decision has been taken on the use case yet: it may still be deleted. */
    public static final Set<UseCaseStatus> UNDECIDED = EnumSet.of(IDEA, SUBMITTED);
    /** Approved and possibly under way: a PROHIBITED profile suspends these. */
    public static final Set<UseCaseStatus> SUSPENDABLE = EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, PILOT, IN_USE);

    /**
     * The transition table, decision outcomes included (a decision needs SUBMITTED). SUSPENDED is
     * never a move: it follows from the AI Act profile ({@link UseCase#withAiActAnswers}).
     */
    public boolean canMoveTo(UseCaseStatus target) {
        return switch (target) {
            case IDEA -> false;
            case SUBMITTED -> this == IDEA || this == SUSPENDED;
            case APPROVED, APPROVED_WITH_CONDITIONS, REJECTED -> this == SUBMITTED;
            case PILOT -> APPROVALS.contains(this);
            case IN_USE -> this == PILOT;
            case SUSPENDED -> false;
            case RETIRED -> this != RETIRED;
        };
    }
}
