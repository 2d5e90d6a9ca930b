package org.gouvernail.domain.review;

import java.util.Objects;
import java.util.UUID;

/** Identity of a review: one subject put before the committee until a decision closes it. */
public record ReviewId(UUID value) {

    public ReviewId {
        Objects.requireNonNull(value, "review id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
