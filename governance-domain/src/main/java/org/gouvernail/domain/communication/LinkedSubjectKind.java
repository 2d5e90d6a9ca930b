package org.gouvernail.domain.communication;

/** The kinds of register entries an action may speak about. */
public enum LinkedSubjectKind {
    TOOL,
    USE_CASE,
    POLICY_VERSION,
    DECISION
}
