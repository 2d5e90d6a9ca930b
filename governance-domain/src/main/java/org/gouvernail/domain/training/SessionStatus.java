package org.gouvernail.domain.training;

/**
 * Life cycle of a training session: PLANNED, HELD once it took place, CLOSED when its attendance is
 * frozen and its records written; a PLANNED or HELD session may be CANCELLED instead.
 */
public enum SessionStatus {
    PLANNED,
    HELD,
    CLOSED,
    CANCELLED
}
