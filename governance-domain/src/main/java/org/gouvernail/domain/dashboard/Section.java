package org.gouvernail.domain.dashboard;

/** A section of the dashboard: the register its indicators read. */
public enum Section {
    INVENTORY,
    RISKS,
    USE_CASES,
    POLICIES,
    LITERACY,
    INCIDENTS,
    FEEDBACK,
    COMMITTEE
}
