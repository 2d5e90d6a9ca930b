package org.gouvernail.domain.inventory;

import java.util.Objects;
import java.util.UUID;

/** Identity of an AI tool in an organisation's inventory. */
public record ToolId(UUID value) {

    public ToolId {
        Objects.requireNonNull(value, "tool id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
