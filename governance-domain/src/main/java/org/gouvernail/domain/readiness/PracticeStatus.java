package org.gouvernail.domain.readiness;

/** Apply or explain: APPLIED, PLANNED (with its explanation optional) or NOT_APPLIED (explanation required). */
public enum PracticeStatus {
    APPLIED,
    PLANNED,
    NOT_APPLIED
}
