package org.gouvernail.domain.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identity of a membership (a person inside one organisation). */
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "member id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
