package org.gouvernail.domain.readiness;

/** Where one roadmap action or setup step stands. */
public enum StepStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    SKIPPED
}
