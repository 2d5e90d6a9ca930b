package org.gouvernail.domain.dashboard;

/** Which way an indicator should move: tells a rise from an improvement. */
public enum Better {
    /** More is better (acknowledgement rate, literacy coverage). */
    UP,
    /** Less is better (late duties, exposure gaps). */
    DOWN,
    /** Neither: the figure describes (tools in the inventory). */
    NEUTRAL
}
