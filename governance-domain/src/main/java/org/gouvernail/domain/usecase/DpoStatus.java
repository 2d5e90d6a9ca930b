package org.gouvernail.domain.usecase;

/**
 * Whether the controller has designated a data protection officer (GDPR art. 37): asked, never
 * assumed, since most small associations need none (art. 37(1)) while a social-care or health
 * association whose core activity is large-scale art. 9 data may.
 */
public enum DpoStatus {
    /** Designated because art. 37(1) (or national law, art. 37(4)) requires it. */
    MANDATORY,
    /** Designated voluntarily (art. 37(4)); the DPO's tasks and position then apply in full. */
    VOLUNTARY,
    /** None: a data referent prepares the DPIA, and is never called a DPO. */
    NONE
}
