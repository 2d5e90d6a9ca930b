package org.gouvernail.domain.risk;

/** How the organisation answers the risk. ACCEPT is only reached through an acceptance with a rationale. */
public enum Treatment {
    MITIGATE,
    ACCEPT,
    AVOID,
    TRANSFER
}
