package org.gouvernail.domain.federation;

import java.time.LocalDate;
import java.util.Objects;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Value: one member's snapshot value of one indicator, with the member's segments when the snapshot
 * was taken: what federation aggregates are computed from.
 */
public record Contribution(
        OrganisationId associationId,
        String indicator,
        long value,
        LocalDate period,
        SizeClass sizeClass,
        Region region,
        Sector sector) {

    public Contribution {
        Objects.requireNonNull(associationId, "associationId");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(sizeClass, "sizeClass");
    }
}
