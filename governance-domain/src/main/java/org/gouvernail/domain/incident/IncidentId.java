package org.gouvernail.domain.incident;

import java.util.Objects;
import java.util.UUID;

/** Identity of an incident of an organisation's log. */
public record IncidentId(UUID value) {

    public IncidentId {
        Objects.requireNonNull(value, "incident id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
