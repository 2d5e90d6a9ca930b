package org.gouvernail.domain.risk;

/** Where a mitigation action stands; DONE and CANCELLED are settled and never overdue. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean settled() {
        return this == DONE || this == CANCELLED;
    }
}
