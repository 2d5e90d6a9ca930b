package org.gouvernail.domain.risk;

/**
 * Life of a risk: OPEN (raised) → TREATING (treatment under way) → MONITORED (treated or
 * accepted, watched at each review) → CLOSED (no longer relevant); a closed risk may be reopened,
 * a monitored one may need treatment again.
 */
public enum RiskStatus {
    OPEN,
    TREATING,
    MONITORED,
    CLOSED;

    public boolean canMoveTo(RiskStatus target) {
        return switch (target) {
            case OPEN -> this == CLOSED;
            case TREATING -> this == OPEN || this == MONITORED;
            case MONITORED -> this == OPEN || this == TREATING;
            case CLOSED -> this != CLOSED;
        };
    }
}
