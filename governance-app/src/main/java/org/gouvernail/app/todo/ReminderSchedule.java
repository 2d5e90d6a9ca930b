package org.gouvernail.app.todo;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gouvernail.domain.todo.port.in.Reminders;
import org.jboss.logging.Logger;

/**
 * Scheduler: every GOUVERNAIL_MAIL_EVERY, the digests due and the urgent reminders, when
 * GOUVERNAIL_MAIL_ENABLED is true. Every instance runs it; the sent_notice claims make sure that each
 * notice leaves once (docs/operations.md, "E-mail").
 */
@ApplicationScoped
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class);

    private final Reminders reminders;

    public ReminderSchedule(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(
            identity = "gouvernail-reminders",
            every = "${gouvernail.mail.every}",
            delayed = "${gouvernail.mail.first-run-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = MailDisabled.class)
    void run() {
        int digests = reminders.sendDigests();
        int urgent = reminders.sendUrgentReminders();
        if (digests + urgent > 0) {
            LOG.infof("mail run: %d digests, %d urgent reminders sent", digests, urgent);
        }
    }

    /** Skips the runs unless the operator turned mail on. */
    @Singleton
    public static class MailDisabled implements Scheduled.SkipPredicate {

        private final boolean enabled;

        public MailDisabled(@ConfigProperty(name = "gouvernail.mail.enabled") boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled;
        }
    }
}
