package org.gouvernail.domain.training;

/** Whether the requirement is an obligation the association sets (MANDATORY) or advice (RECOMMENDED). */
public enum RequirementLevel {
    MANDATORY,
    RECOMMENDED
}
