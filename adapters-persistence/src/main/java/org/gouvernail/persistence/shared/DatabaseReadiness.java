package org.gouvernail.persistence.shared;

import io.agroal.api.AgroalDataSource;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check of the database, in place of the datasource check of Quarkus (disabled in
 * application.properties): that one borrows and validates a connection on the caller's thread, so
 * a hung database held /q/health/ready for as long as the driver waited. Here the probe (borrow a
 * pooled connection and validate it, as before) runs on a thread of its own and the answer is
 * DOWN when it has not finished within the budget; a probe still stuck is waited on again by the
 * next check rather than started twice, so a hung database costs one thread, not one per check.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    static final String NAME = "Database connections health check";

    private final AgroalDataSource dataSource;
    private final Duration budget;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "database-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Void> probe;

    public DatabaseReadiness(
            AgroalDataSource dataSource,
            @ConfigProperty(name = "gouvernail.db.readiness-timeout", defaultValue = "1S") Duration budget) {
        this.dataSource = dataSource;
        this.budget = budget;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        // a copy: the timeout below cancels what it waits on, and the probe itself must run on
        return Uni.createFrom()
                .completionStage(() -> probe().copy())
                .map(ok -> HealthCheckResponse.named(NAME).up().build())
                .ifNoItem()
                .after(budget)
                .recoverWithItem(() -> down("no answer from the database within " + budget.toMillis() + " ms"))
                .onFailure()
                .recoverWithItem(e -> down(reason(e)));
    }

    private synchronized CompletableFuture<Void> probe() {
        if (probe == null || probe.isDone()) {
            probe = CompletableFuture.runAsync(
                    () -> {
                        try {
                            if (!dataSource.isHealthy(false)) {
                                throw new IllegalStateException("connection validation failed");
                            }
                        } catch (SQLException e) {
                            throw new CompletionException(e);
                        }
                    },
                    prober);
        }
        return probe;
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named(NAME).down().withData("reason", reason).build();
    }

    private static String reason(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }
}
