package org.gouvernail.domain.risk;

import java.util.Objects;
import java.util.UUID;

/** Identity of a mitigation action of a risk. */
public record ActionId(UUID value) {

    public ActionId {
        Objects.requireNonNull(value, "action id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
