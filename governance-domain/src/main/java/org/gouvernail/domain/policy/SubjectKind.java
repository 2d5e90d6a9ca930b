package org.gouvernail.domain.policy;

/**
 * What a usage rule is about. A TOOL rule is more specific than a TOOL_CATEGORY rule (both answer
 * "which tool?"); ACTIVITY rules answer another question ("to do what?") and are weighed against
 * the tool's answer, the stricter one winning.
 */
public enum SubjectKind {
    TOOL,
    TOOL_CATEGORY,
    ACTIVITY
}
