package org.gouvernail.app.dashboard;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.gouvernail.domain.dashboard.port.in.OrganisationDashboard;
import org.jboss.logging.Logger;

/**
 * Scheduler: the daily snapshots of the dashboard indicators. Every instance runs it every
 * GOUVERNAIL_DASHBOARD_SNAPSHOT_EVERY (1 hour by default), taking in batches of 50 the organisations
 * without a snapshot for today; two instances that pick the same organisation write the same figures
 * under the same primary key (organisation, day, code), the second replacing the first.
 */
@ApplicationScoped
public class DashboardSnapshotSchedule {

    private static final Logger LOG = Logger.getLogger(DashboardSnapshotSchedule.class);

    static final int BATCH = 50;

    /** The most batches one run writes, so that one run stays short; the next run goes on. */
    static final int MAX_BATCHES = 20;

    private final OrganisationDashboard dashboard;

    public DashboardSnapshotSchedule(OrganisationDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Scheduled(
            identity = "gouvernail-dashboard-snapshots",
            every = "${gouvernail.dashboard.snapshot-every}",
            delayed = "${gouvernail.dashboard.snapshot-first-run-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int written = dashboard.snapshotDue(BATCH);
            total += written;
            if (written < BATCH) {
                break;
            }
        }
        if (total > 0) {
            LOG.infof("dashboard snapshots: %d organisations", total);
        }
    }
}
