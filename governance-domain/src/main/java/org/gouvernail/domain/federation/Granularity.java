package org.gouvernail.domain.federation;

/** How far a consent to share an indicator goes. */
public enum Granularity {
    /** The value only counts in aggregates that pass disclosure control; never shown as the member's. */
    AGGREGATE_ONLY,
    /**
     * The member also accepts being named with its value: the federation's ADMIN and ANALYST see it by
     * name in the dashboard's {@code named} list, and disclosure control counts it as known (ADR 0025).
     */
    NAMED
}
