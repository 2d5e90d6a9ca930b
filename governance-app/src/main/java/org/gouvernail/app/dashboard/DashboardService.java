package org.gouvernail.app.dashboard;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.dashboard.Dashboard;
import org.gouvernail.domain.dashboard.DashboardEvent.SnapshotTaken;
import org.gouvernail.domain.dashboard.Figures;
import org.gouvernail.domain.dashboard.IndicatorCatalogue;
import org.gouvernail.domain.dashboard.port.in.OrganisationDashboard;
import org.gouvernail.domain.dashboard.port.out.DashboardFigures;
import org.gouvernail.domain.dashboard.port.out.DashboardSnapshots;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;

/**
 * Use case service: the organisation dashboard. Its cost is fixed: the caller's membership, the
 * aggregate queries of {@link DashboardFigures}, one snapshot read, and one query per due-item source
 * (each bounded to five items) for the next actions.
 */
@ApplicationScoped
public class DashboardService implements OrganisationDashboard {

    /** How far ahead the next actions look; items without a deadline come after the dated ones. */
    static final int NEXT_ACTIONS_HORIZON_DAYS = 366;

    private static final Comparator<DueItem> SOONEST_FIRST = Comparator.comparing(
                    DueItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DueItem::kind)
            .thenComparing(DueItem::subjectId);

    private final DashboardFigures figures;
    private final DashboardSnapshots snapshots;
    private final List<DueItemSource> sources;
    private final MemberAccess access;
    private final Auditor auditor;
    private final Clock clock;

    public DashboardService(
            DashboardFigures figures,
            DashboardSnapshots snapshots,
            @All List<DueItemSource> sources,
            MemberAccess access,
            Auditor auditor,
            Clock clock) {
        this.figures = figures;
        this.snapshots = snapshots;
        this.sources = List.copyOf(sources);
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Catalogue catalogue() {
        return new Catalogue(IndicatorCatalogue.VERSION, IndicatorCatalogue.all());
    }

    @Override
    @Transactional
    public Dashboard of(Caller caller, OrganisationId organisationId) {
        access.withRole(caller, organisationId, READERS, "read-dashboard");
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Figures counted = figures.of(organisationId, today, now);
        List<DueItem> due = new ArrayList<>();
        Instant until = now.plusSeconds(NEXT_ACTIONS_HORIZON_DAYS * 86_400L);
        for (DueItemSource source : sources) {
            due.addAll(source.dueIn(organisationId, until, Dashboard.NEXT_ACTIONS));
        }
        due.sort(SOONEST_FIRST);
        return Dashboard.of(
                today, counted, snapshots.lastOnOrBefore(organisationId, Dashboard.previousPeriod(today)), due);
    }

    @Override
    @Transactional
    public LocalDate snapshot(Caller caller, OrganisationId organisationId) {
        access.withRole(caller, organisationId, Role.ADMINS, "take-dashboard-snapshot");
        LocalDate today = LocalDate.now(clock);
        int written = record(organisationId, today);
        auditor.record(caller, new SnapshotTaken(organisationId, today, written));
        return today;
    }

    @Override
    @Transactional
    public int snapshotDue(int batch) {
        LocalDate today = LocalDate.now(clock);
        List<OrganisationId> due = snapshots.withoutSnapshot(today, batch);
        due.forEach(organisationId -> record(organisationId, today));
        return due.size();
    }

    private int record(OrganisationId organisationId, LocalDate day) {
        Map<String, Long> values =
                new HashMap<>(figures.of(organisationId, day, clock.instant()).values());
        snapshots.save(organisationId, day, values);
        return values.size();
    }
}
