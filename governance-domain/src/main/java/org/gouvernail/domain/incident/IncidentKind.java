package org.gouvernail.domain.incident;

/** An incident that happened, or a near miss that did not quite. */
public enum IncidentKind {
    INCIDENT,
    NEAR_MISS
}
