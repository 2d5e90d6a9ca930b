package org.gouvernail.app.exit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.gouvernail.domain.exit.port.in.OrganisationExit;
import org.jboss.logging.Logger;

/**
 * Scheduler: every GOUVERNAIL_CLOSURE_EVERY, deletes the organisations whose grace period ended. Every
 * instance runs it; the claim on the closure row (a lease) makes one instance delete one organisation.
 */
@ApplicationScoped
public class ClosureSchedule {

    private static final Logger LOG = Logger.getLogger(ClosureSchedule.class);

    private final OrganisationExit exit;

    public ClosureSchedule(OrganisationExit exit) {
        this.exit = exit;
    }

    @Scheduled(
            identity = "gouvernail-closures",
            every = "${gouvernail.exit.every}",
            delayed = "${gouvernail.exit.first-run-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            int deleted = exit.deleteDueOrganisations();
            if (deleted > 0) {
                LOG.infof("closure run: %d organisations deleted", deleted);
            }
        } catch (RuntimeException failure) {
            LOG.warnf("closure run failed, resumed at the next run: %s", failure.toString());
        }
    }
}
