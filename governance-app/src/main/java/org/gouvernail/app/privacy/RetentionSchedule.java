package org.gouvernail.app.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.gouvernail.domain.privacy.port.in.Retention;

/**
 * Scheduler: every GOUVERNAIL_RETENTION_EVERY (10 minutes), a retention purge round. Every instance
 * runs it; the claim in each organisation's retention row gives every organisation to one instance per
 * hour (docs/operations.md, "Retention").
 */
@ApplicationScoped
public class RetentionSchedule {

    private final Retention retention;

    public RetentionSchedule(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(
            identity = "gouvernail-retention",
            every = "${gouvernail.retention.every}",
            delayed = "${gouvernail.retention.first-run-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        retention.purgeDue();
    }
}
