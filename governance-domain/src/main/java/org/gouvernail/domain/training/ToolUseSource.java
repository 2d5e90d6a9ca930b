package org.gouvernail.domain.training;

/** Who said that a person uses a tool: the person, or a coordinator (for a volunteer without an account). */
public enum ToolUseSource {
    SELF_DECLARED,
    RECORDED_BY_COORDINATOR
}
