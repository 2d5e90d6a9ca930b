package org.gouvernail.domain.incident;

/**
 * Workflow of an incident: REPORTED → TRIAGED → CONTAINED → INVESTIGATING → RESOLVED → CLOSED,
 * forward one step or more (a near miss may go from TRIAGED to CLOSED); a CLOSED incident may be
 * reopened into INVESTIGATING.
 */
public enum IncidentStatus {
    REPORTED,
    TRIAGED,
    CONTAINED,
    INVESTIGATING,
    RESOLVED,
    CLOSED;

    public boolean canMoveTo(IncidentStatus target) {
        if (this == CLOSED) {
            return target == INVESTIGATING;
        }
        return target.ordinal() > ordinal();
    }
}
