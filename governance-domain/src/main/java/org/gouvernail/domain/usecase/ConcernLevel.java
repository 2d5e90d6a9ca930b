package org.gouvernail.domain.usecase;

/** How much a values-check concern weighs, from none to one the committee must see before approving. */
public enum ConcernLevel {
    NONE,
    ATTENTION,
    SERIOUS
}
