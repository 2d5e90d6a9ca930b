package org.gouvernail.domain.training;

/** Who delivers a module: the association itself, or an outside course it points to. */
public enum ProviderKind {
    INTERNAL,
    EXTERNAL
}
