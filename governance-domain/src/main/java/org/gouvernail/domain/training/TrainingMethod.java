package org.gouvernail.domain.training;

/** How a person completed a module. */
public enum TrainingMethod {
    SESSION,
    EXTERNAL_E_LEARNING,
    BRIEFING,
    COACHING,
    ATTESTED_SELF_STUDY
}
