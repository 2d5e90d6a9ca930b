package org.gouvernail.domain.federation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Aggregate: a finalised federation report: the roll-up dashboard of some indicators, frozen as a JSON
 * document whose SHA-256 it carries. It never changes; a member who withdraws afterwards (revokes its
 * consent to one of the report's indicators, ends its link, or is deleted) does not take its figures
 * out of it, but marks it: {@link #withdrawnIndicators} names the indicators such a contributor fed,
 * never the contributor.
 */
public record FederationReport(
        UUID id,
        OrganisationId federationId,
        String title,
        List<String> indicators,
        Segmentation segmentation,
        Instant finalisedAt,
        String sha256,
        Set<String> withdrawnIndicators) {

    public static final int MAX_INDICATORS = 100;

    public FederationReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(federationId, "federationId");
        title = Check.name("title", title);
        indicators = List.copyOf(Check.size("indicators", indicators, MAX_INDICATORS));
        Objects.requireNonNull(finalisedAt, "finalisedAt");
        Objects.requireNonNull(sha256, "sha256");
        withdrawnIndicators = Set.copyOf(withdrawnIndicators);
    }

    /** True when a contributor has withdrawn since: the figures stay, read with this caveat. */
    public boolean marked() {
        return !withdrawnIndicators.isEmpty();
    }
}
