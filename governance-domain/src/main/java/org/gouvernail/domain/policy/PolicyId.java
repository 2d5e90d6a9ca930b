package org.gouvernail.domain.policy;

import java.util.Objects;
import java.util.UUID;

/** Identity of a usage policy of an organisation. */
public record PolicyId(UUID value) {

    public PolicyId {
        Objects.requireNonNull(value, "PolicyId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
