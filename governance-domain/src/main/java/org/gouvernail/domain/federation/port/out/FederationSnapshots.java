package org.gouvernail.domain.federation.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gouvernail.domain.federation.Contribution;
import org.gouvernail.domain.federation.FederationLink;
import org.gouvernail.domain.federation.SizeClass;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Out-port: the members' indicator snapshots, the only member data a federation reads: one row per
 * link, period (the first day of a month) and consented indicator, with the member's segments.
 */
public interface FederationSnapshots {

    /** Replaces the link's snapshot of {@code period} by these values (consented indicators only). */
    void save(FederationLink link, LocalDate period, SizeClass sizeClass, Map<String, Long> values);

    /** Deletes every snapshot value of this indicator for the link (a revoked consent). */
    void forget(FederationLink link, String indicator);

    /** Deletes every snapshot of the link (an ended link). */
    void forgetAll(FederationLink link);

    /**
     * The contributions to the federation's aggregates: for each ACTIVE link, the values of its latest
     * snapshot for these indicators. One statement.
     */
    List<Contribution> latest(OrganisationId federationId, Set<String> indicators);
}
