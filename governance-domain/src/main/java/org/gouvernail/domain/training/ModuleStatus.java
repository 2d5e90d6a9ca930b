package org.gouvernail.domain.training;

/** Life cycle of a training module: written as a DRAFT, ACTIVE once published, RETIRED for good. */
public enum ModuleStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
