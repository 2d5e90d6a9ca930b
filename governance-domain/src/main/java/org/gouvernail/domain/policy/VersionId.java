package org.gouvernail.domain.policy;

import java.util.Objects;
import java.util.UUID;

/** Identity of one version of a usage policy (decisions name it). */
public record VersionId(UUID value) {

    public VersionId {
        Objects.requireNonNull(value, "VersionId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
