package org.gouvernail.domain.organisation;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.shared.OrganisationId;

/** Aggregate: an association or federation, the tenant every other record belongs to. */
public record Organisation(
        OrganisationId id, OrganisationKind kind, OrganisationProfile profile, long version, Instant createdAt) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Organisation register(
            OrganisationId id, OrganisationKind kind, OrganisationProfile profile, Instant now) {
        return new Organisation(id, kind, profile, 0, now);
    }

    public Organisation withProfile(OrganisationProfile changed) {
        return new Organisation(id, kind, changed, version, createdAt);
    }
}
