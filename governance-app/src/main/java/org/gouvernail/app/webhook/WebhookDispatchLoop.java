package org.gouvernail.app.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Application runner: runs the dispatcher on one background thread of this instance, round after
 * round while there is work, then every poll interval. Off with {@code GOUVERNAIL_WEBHOOK_DISPATCH=false}
 * (the tests drive dispatchers themselves).
 */
@ApplicationScoped
public class WebhookDispatchLoop {

    private static final Logger LOG = Logger.getLogger(WebhookDispatchLoop.class);

    private final WebhookDispatcher dispatcher;
    private final WebhookSettings settings;
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private ScheduledExecutorService executor;
    private long lastPurge;

    public WebhookDispatchLoop(WebhookDispatcher dispatcher, WebhookSettings settings) {
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    void start(@Observes StartupEvent event) {
        if (!settings.dispatch()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-dispatch");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drain, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void drain() {
        try {
            while (dispatcher.runOnce() > 0 && !Thread.currentThread().isInterrupted()) {
                // keep going while there is work; the next poll waits otherwise
            }
            purgeHourly();
        } catch (RuntimeException failure) {
            LOG.warnf("webhook dispatch round failed, retried at the next poll: %s", failure.toString());
        }
    }

    /** The retention purge scans by date: once an hour is enough, at every poll it would not be. */
    private void purgeHourly() {
        long now = System.nanoTime();
        if (lastPurge != 0 && now - lastPurge < PURGE_EVERY.toNanos()) {
            return;
        }
        lastPurge = now;
        int deleted = dispatcher.purgeExpired();
        if (deleted > 0) {
            LOG.infof("webhook retention: %d deliveries and events older than the retention deleted", deleted);
        }
    }
}
