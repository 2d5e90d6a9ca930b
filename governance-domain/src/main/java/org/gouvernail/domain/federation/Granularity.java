package org.gouvernail.domain.federation;

/** How far a consent to share an indicator goes. */
public enum Granularity {
    /** The value only counts in aggregates that pass disclosure control; never shown as the member's. */
    AGGREGATE_ONLY,
    /** The member also accepts being named with its value (recorded; the dashboard serves aggregates only). */
    NAMED
}
