package org.gouvernail.domain.communication;

import java.util.Objects;
import java.util.UUID;

/** Identity of a communication plan of an organisation. */
public record CommunicationPlanId(UUID value) {

    public CommunicationPlanId {
        Objects.requireNonNull(value, "id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
