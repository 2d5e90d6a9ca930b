package org.gouvernail.domain.committee;

import java.util.Objects;
import java.util.UUID;

/** Identity of a approval request. */
public record RequestId(UUID value) {

    public RequestId {
        Objects.requireNonNull(value, "request id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
