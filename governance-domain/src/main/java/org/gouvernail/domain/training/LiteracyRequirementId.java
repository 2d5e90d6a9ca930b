package org.gouvernail.domain.training;

import java.util.Objects;
import java.util.UUID;

/** Identity of a literacy requirement of an organisation. */
public record LiteracyRequirementId(UUID value) {

    public LiteracyRequirementId {
        Objects.requireNonNull(value, "literacy requirement id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
