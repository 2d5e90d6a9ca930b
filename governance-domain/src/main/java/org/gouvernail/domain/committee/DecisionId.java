package org.gouvernail.domain.committee;

import java.util.Objects;
import java.util.UUID;

/** Identity of a committee decision. */
public record DecisionId(UUID value) {

    public DecisionId {
        Objects.requireNonNull(value, "decision id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
