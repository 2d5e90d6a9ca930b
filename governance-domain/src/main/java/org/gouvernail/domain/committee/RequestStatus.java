package org.gouvernail.domain.committee;

/** PENDING → DECIDED (by a decision that is not DEFERRED) or WITHDRAWN (by the requester). */
public enum RequestStatus {
    PENDING,
    DECIDED,
    WITHDRAWN
}
