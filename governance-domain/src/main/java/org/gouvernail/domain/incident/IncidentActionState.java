package org.gouvernail.domain.incident;

/** State of an incident action: OPEN → DONE | CANCELLED, final once settled. */
public enum IncidentActionState {
    OPEN,
    DONE,
    CANCELLED
}
