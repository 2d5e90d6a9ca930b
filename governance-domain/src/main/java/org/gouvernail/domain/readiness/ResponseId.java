package org.gouvernail.domain.readiness;

import java.util.Objects;
import java.util.UUID;

/** Identity of a readiness Response of an organisation. */
public record ResponseId(UUID value) {

    public ResponseId {
        Objects.requireNonNull(value, "id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
