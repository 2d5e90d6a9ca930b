package org.gouvernail.domain.training;

import java.util.Objects;
import java.util.UUID;

/** Identity of a tool use: one person uses one tool of the inventory. */
public record ToolUseId(UUID value) {

    public ToolUseId {
        Objects.requireNonNull(value, "tool use id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
