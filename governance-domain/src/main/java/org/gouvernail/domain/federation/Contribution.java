package org.gouvernail.domain.federation;

import java.time.LocalDate;
import java.util.Objects;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Value: one member's snapshot value of one indicator, with the member's segments when the snapshot
 * was taken: what federation aggregates are computed from.
 *
 * @param named whether the member's consent for this indicator is {@link Granularity#NAMED}: its value
 *     is shown by name to the federation's ADMIN and ANALYST, so disclosure control treats it as known
 * @param memberName the member's name, served with a named value (null when not read)
 */
public record Contribution(
        OrganisationId associationId,
        String indicator,
        long value,
        LocalDate period,
        SizeClass sizeClass,
        Region region,
        Sector sector,
        boolean named,
        String memberName) {

    public Contribution {
        Objects.requireNonNull(associationId, "associationId");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(sizeClass, "sizeClass");
    }

    /** A contribution under an AGGREGATE_ONLY consent: never shown as the member's. */
    public Contribution(
            OrganisationId associationId,
            String indicator,
            long value,
            LocalDate period,
            SizeClass sizeClass,
            Region region,
            Sector sector) {
        this(associationId, indicator, value, period, sizeClass, region, sector, false, null);
    }

    /** The same contribution, shown by name or not. */
    public Contribution withNamed(boolean shownByName) {
        return new Contribution(
                associationId, indicator, value, period, sizeClass, region, sector, shownByName, memberName);
    }
}
