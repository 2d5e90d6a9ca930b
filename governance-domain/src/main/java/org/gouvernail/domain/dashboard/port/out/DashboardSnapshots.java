package org.gouvernail.domain.dashboard.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.dashboard.Snapshot;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: the daily snapshots of the indicators, one row per organisation, day and indicator code. */
public interface DashboardSnapshots {

    /** Writes the values of the day, replacing those of the same day (idempotent across instances). */
    void save(OrganisationId organisationId, LocalDate day, Map<String, Long> values);

    /** The last snapshot taken on or before {@code day}. */
    Optional<Snapshot> lastOnOrBefore(OrganisationId organisationId, LocalDate day);

    /**
     * Deletes at most {@code limit} rows (indicator values) of the organisation's snapshots taken
     * before {@code day}, oldest first; the number deleted.
     */
    int purgeBefore(OrganisationId organisationId, LocalDate day, int limit);

    /** At most {@code limit} organisations without a snapshot for {@code day}. */
    List<OrganisationId> withoutSnapshot(LocalDate day, int limit);
}
