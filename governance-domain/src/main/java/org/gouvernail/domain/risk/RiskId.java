package org.gouvernail.domain.risk;

import java.util.Objects;
import java.util.UUID;

/** Identity of a risk in an organisation's register. */
public record RiskId(UUID value) {

    public RiskId {
        Objects.requireNonNull(value, "risk id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
