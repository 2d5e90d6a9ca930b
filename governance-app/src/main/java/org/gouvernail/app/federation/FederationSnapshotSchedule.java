package org.gouvernail.app.federation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.gouvernail.domain.federation.port.in.FederationGovernance;
import org.jboss.logging.Logger;

/**
 * Scheduler: the monthly snapshots of the members' consented indicators. Every instance runs it every
 * GOUVERNAIL_FEDERATION_SNAPSHOT_EVERY (6 hours by default), taking in batches of 20 the ACTIVE links
 * without a snapshot for this month; two instances that pick the same link write the same period, the
 * second replacing the first.
 */
@ApplicationScoped
public class FederationSnapshotSchedule {

    private static final Logger LOG = Logger.getLogger(FederationSnapshotSchedule.class);

    static final int BATCH = 20;

    /** The most batches one run writes; the next run goes on. */
    static final int MAX_BATCHES = 50;

    private final FederationGovernance federations;

    public FederationSnapshotSchedule(FederationGovernance federations) {
        this.federations = federations;
    }

    @Scheduled(
            identity = "gouvernail-federation-snapshots",
            every = "${gouvernail.federation.snapshot-every}",
            delayed = "${gouvernail.federation.snapshot-first-run-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int written = federations.snapshotDue(BATCH);
            total += written;
            if (written < BATCH) {
                break;
            }
        }
        if (total > 0) {
            LOG.infof("federation snapshots: %d member links", total);
        }
    }
}
