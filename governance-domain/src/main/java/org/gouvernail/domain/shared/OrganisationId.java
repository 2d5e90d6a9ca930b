package org.gouvernail.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of a tenant: every tenant-owned record and every out-port call carries one. */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "organisation id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
