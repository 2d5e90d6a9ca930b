package org.gouvernail.domain.dashboard.port.in;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.dashboard.Dashboard;
import org.gouvernail.domain.dashboard.Indicator;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * In-port: the organisation dashboard (aggregates only, no personal data), the indicator catalogue,
 * and the daily snapshots that give the trends.
 */
public interface OrganisationDashboard {

    /**
     * Who reads the dashboard: those who steer (ADMIN, COMMITTEE), the data protection referent, and
     * the board or auditor (VIEWER). Contributors and persons of trust do not: the dashboard is a
     * governance view, and each of them has their own lists.
     */
    Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.COMMITTEE, Role.DATA_REFERENT, Role.VIEWER);

    /** The catalogue version and its indicators. */
    record Catalogue(int version, List<Indicator> indicators) {
        public Catalogue {
            indicators = List.copyOf(indicators);
        }
    }

    Catalogue catalogue();

    /** Today's dashboard of the organisation, for its {@link #READERS}. */
    Dashboard of(Caller caller, OrganisationId organisationId);

    /** Records (or records again) today's snapshot of the organisation, for its ADMIN; returns its day. */
    LocalDate snapshot(Caller caller, OrganisationId organisationId);

    /**
     * Records today's snapshot of at most {@code batch} organisations that have none yet (the daily job,
     * run by every instance: a snapshot written twice holds the same figures); returns how many.
     */
    int snapshotDue(int batch);
}
