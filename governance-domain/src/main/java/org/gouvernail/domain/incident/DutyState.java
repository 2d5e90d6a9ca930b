package org.gouvernail.domain.incident;

/** PENDING until DONE (when, by whom, reference) or NOT_REQUIRED (with a written reason); LATE is derived. */
public enum DutyState {
    PENDING,
    DONE,
    NOT_REQUIRED
}
