package org.gouvernail.domain.webhook;

import java.util.Objects;
import java.util.UUID;

/** Identity of a webhook endpoint of an organisation. */
public record EndpointId(UUID value) {

    public EndpointId {
        Objects.requireNonNull(value, "endpoint id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
