package org.gouvernail.domain.federation;

import java.util.Objects;
import java.util.UUID;

/** Identity of a link between a federation and one member association. */
public record FederationLinkId(UUID value) {

    public FederationLinkId {
        Objects.requireNonNull(value, "federation link id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
