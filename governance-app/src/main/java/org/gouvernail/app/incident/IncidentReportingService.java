package org.gouvernail.app.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.incident.IncidentMetrics;
import org.gouvernail.domain.incident.port.in.IncidentReporting;
import org.gouvernail.domain.incident.port.out.IncidentStatistics;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/** Use case service: the incident metrics of a period, three aggregate statements, days in the application's zone. */
@ApplicationScoped
public class IncidentReportingService implements IncidentReporting {

    /** At most this many incidents are read for one period's medians. */
    static final int MAX_INCIDENTS = 10_000;

    private final IncidentStatistics statistics;
    private final MemberAccess access;
    private final Clock clock;

    public IncidentReportingService(IncidentStatistics statistics, MemberAccess access, Clock clock) {
        this.statistics = statistics;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    public IncidentMetrics metrics(Caller caller, OrganisationId organisationId, LocalDate from, LocalDate to) {
        access.withRole(caller, organisationId, Role.REVIEWERS, "read-incident-metrics");
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return IncidentMetrics.of(
                start,
                end,
                statistics.figures(organisationId, start, end, MAX_INCIDENTS),
                statistics.duties(organisationId, start, end, clock.instant()));
    }
}
