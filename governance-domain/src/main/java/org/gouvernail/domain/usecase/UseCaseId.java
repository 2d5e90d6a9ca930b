package org.gouvernail.domain.usecase;

import java.util.Objects;
import java.util.UUID;

/** Identity of a use case in an organisation's portfolio. */
public record UseCaseId(UUID value) {

    public UseCaseId {
        Objects.requireNonNull(value, "use case id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
