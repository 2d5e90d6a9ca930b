package org.gouvernail.domain.feedback;

import java.util.Objects;
import java.util.UUID;

/** Identity of a request to disclose the author of a confidential feedback item. */
public record DisclosureRequestId(UUID value) {

    public DisclosureRequestId {
        Objects.requireNonNull(value, "disclosure request id");
    }

    public static DisclosureRequestId random() {
        return new DisclosureRequestId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
