package org.gouvernail.domain.communication;

import java.util.Objects;
import java.util.UUID;

/** Identity of a communication action of an organisation. */
public record CommunicationActionId(UUID value) {

    public CommunicationActionId {
        Objects.requireNonNull(value, "id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
