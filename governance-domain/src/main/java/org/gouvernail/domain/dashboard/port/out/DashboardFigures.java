package org.gouvernail.domain.dashboard.port.out;

import java.time.Instant;
import java.time.LocalDate;
import org.gouvernail.domain.dashboard.Figures;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Out-port: the dashboard's figures, counted in the registers by aggregate queries (COUNT, GROUP BY):
 * a fixed number of statements whatever the organisation's size.
 */
public interface DashboardFigures {

    /** What the registers of the organisation count on {@code today} (deadlines compared with {@code now}). */
    Figures of(OrganisationId organisationId, LocalDate today, Instant now);
}
