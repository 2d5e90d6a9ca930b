package org.gouvernail.domain.communication;

/** A worry an action answers. */
public enum Concern {
    JOBS,
    WORKLOAD,
    PRIVACY,
    SURVEILLANCE,
    QUALITY,
    ETHICS,
    ENVIRONMENT
}
