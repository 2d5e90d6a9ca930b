package org.gouvernail.domain.usecase;

/** What the DPIA screening concludes. */
public enum DpiaOutcome {
    /** An art. 35(3) case applies. */
    REQUIRED,
    /** Two or more WP248 criteria: do the DPIA. */
    LIKELY,
    /** Zero or one criterion: no DPIA indicated (ask the DPO when in doubt). */
    NOT_INDICATED
}
