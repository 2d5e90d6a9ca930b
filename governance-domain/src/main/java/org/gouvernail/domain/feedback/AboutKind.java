package org.gouvernail.domain.feedback;

/** What an item is about. */
public enum AboutKind {
    TOOL,
    USE_CASE,
    POLICY_RULE,
    TRAINING_MODULE,
    NOTHING
}
