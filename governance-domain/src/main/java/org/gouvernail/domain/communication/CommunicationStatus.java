package org.gouvernail.domain.communication;

/** Life cycle of a communication action: PLANNED → READY → DONE, or CANCELLED before it is done. */
public enum CommunicationStatus {
    PLANNED,
    READY,
    DONE,
    CANCELLED;

    /** DONE and CANCELLED are final: what was said, or not said, stays in the record. */
    public boolean open() {
        return this == PLANNED || this == READY;
    }
}
