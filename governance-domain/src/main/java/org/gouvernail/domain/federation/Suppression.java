package org.gouvernail.domain.federation;

/** Why a cell of a federation aggregate is shown as suppressed instead of a number. */
public enum Suppression {
    /** Fewer consenting contributors than the threshold k. */
    BELOW_K,
    /** One member (or two together) contributes too large a share of the total. */
    DOMINANCE,
    /** Hidden so that another hidden cell cannot be recomputed from the totals and the cells shown. */
    SECONDARY
}
