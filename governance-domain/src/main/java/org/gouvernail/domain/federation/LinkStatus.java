package org.gouvernail.domain.federation;

/** Where a federation link stands: INVITED → ACTIVE ⇄ SUSPENDED → ENDED (ENDED is final). */
public enum LinkStatus {
    /** The federation invited the association; its ADMIN has not accepted yet. */
    INVITED,
    /** The association takes part: its consented indicators are snapshotted and aggregated. */
    ACTIVE,
    /** Paused by the federation: no snapshot, left out of every aggregate, consents kept. */
    SUSPENDED,
    /** Ended by either side: its snapshots are deleted, nothing is shared any more. */
    ENDED
}
