package org.gouvernail.domain.readiness;

import java.util.Objects;
import java.util.UUID;

/** Identity of a readiness Campaign of an organisation. */
public record CampaignId(UUID value) {

    public CampaignId {
        Objects.requireNonNull(value, "id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
