package org.gouvernail.domain.catalogue;

import java.util.Objects;
import java.util.UUID;

/** Identity of an entry of a federation's shared tool catalogue. */
public record CatalogueEntryId(UUID value) {

    public CatalogueEntryId {
        Objects.requireNonNull(value, "catalogue entry id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
