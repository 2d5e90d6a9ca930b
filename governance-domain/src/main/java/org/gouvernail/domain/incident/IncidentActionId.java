package org.gouvernail.domain.incident;

import java.util.Objects;
import java.util.UUID;

/** Identity of an action planned on an incident. */
public record IncidentActionId(UUID value) {

    public IncidentActionId {
        Objects.requireNonNull(value, "id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
