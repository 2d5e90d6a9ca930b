package org.gouvernail.domain.incident;

/** What a line of an incident's timeline tells. */
public enum TimelineKind {
    OCCURRED,
    DETECTED,
    REPORTED,
    STATUS_CHANGED,
    SEVERITY_OVERRIDDEN,
    DUTY_DONE,
    DUTY_NOT_REQUIRED,
    STEP_TICKED,
    ACTION_PLANNED,
    ACTION_DONE,
    ACTION_CANCELLED,
    OBSERVATION
}
