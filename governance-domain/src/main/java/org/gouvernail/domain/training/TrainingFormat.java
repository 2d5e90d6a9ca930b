package org.gouvernail.domain.training;

/** How a module is delivered. */
public enum TrainingFormat {
    IN_PERSON,
    REMOTE,
    E_LEARNING,
    SELF_STUDY,
    BRIEFING
}
