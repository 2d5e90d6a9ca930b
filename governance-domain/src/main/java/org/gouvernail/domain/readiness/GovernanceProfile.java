package org.gouvernail.domain.readiness;

/** How much governance the association needs, sized to it; it sets the defaults of {@link ProfileDefaults}. */
public enum GovernanceProfile {
    SMALL_LOCAL,
    MID_SIZE,
    LARGE_INTERNATIONAL,
    FEDERATION
}
