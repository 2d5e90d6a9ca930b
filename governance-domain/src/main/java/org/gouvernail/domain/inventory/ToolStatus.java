package org.gouvernail.domain.inventory;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the tool stands in the organisation's governance. Approving, restricting and forbidding
 * are committee decisions only; reviewing and retiring are administrative moves.
 */
public enum ToolStatus {
    DECLARED,
    UNDER_REVIEW,
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    RESTRICTED,
    FORBIDDEN,
    RETIRED;

    /** The statuses an administrator or the committee may set directly, without a decision. */
    public static final Set<ToolStatus> ADMINISTRATIVE_TARGETS = EnumSet.of(UNDER_REVIEW, RETIRED);
    /** The statuses only a committee decision may set. */
    public static final Set<ToolStatus> DECISION_TARGETS =
            EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, RESTRICTED, FORBIDDEN);

    public boolean canMoveTo(ToolStatus target) {
        return switch (target) {
            case UNDER_REVIEW -> this == DECLARED;
            case RETIRED -> this != RETIRED;
            default -> false;
        };
    }
}
