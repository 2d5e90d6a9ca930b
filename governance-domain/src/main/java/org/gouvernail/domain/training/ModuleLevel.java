package org.gouvernail.domain.training;

/** How much a module assumes its learners already know. */
public enum ModuleLevel {
    /** No prior knowledge: every volunteer can follow it. */
    INTRODUCTION,
    /** For people who already use AI tools in their work. */
    INTERMEDIATE,
    /** For the people who choose, configure or oversee tools. */
    ADVANCED
}
