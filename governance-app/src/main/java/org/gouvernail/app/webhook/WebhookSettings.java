package org.gouvernail.app.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.webhook.AddressGuard;
import org.gouvernail.domain.webhook.Cidr;
import org.gouvernail.domain.webhook.RetrySchedule;

/** Settings: the operator's webhook knobs, {@code gouvernail.webhook.*} (GOUVERNAIL_WEBHOOK_* in the environment). */
@ConfigMapping(prefix = "gouvernail.webhook")
public interface WebhookSettings {

    /** Whether this instance runs the dispatch loop; several instances may, they share the work. */
    @WithDefault("true")
    boolean dispatch();

    /** How often an idle dispatcher looks for work. */
    @WithDefault("2S")
    Duration pollInterval();

    /** Events fanned out and deliveries claimed per round. */
    @WithDefault("50")
    int batchSize();

    /**
     * How long events, deliveries and their log are kept, so long can a range be replayed; older
     * rows are deleted in batches about once an hour by every instance that dispatches.
     */
    @WithDefault("90D")
    Duration retention();

    /** How long a claimed delivery belongs to its sender before another instance may take it. */
    @WithDefault("60S")
    Duration lease();

    /** The whole request, from connection to the last byte of the answer. */
    @WithDefault("15S")
    Duration timeout();

    @WithDefault("5S")
    Duration connectTimeout();

    @WithDefault("10S")
    Duration retryFirst();

    @WithDefault("4")
    int retryFactor();

    @WithDefault("12H")
    Duration retryLongest();

    @WithDefault("9")
    int retryAttempts();

    /** An endpoint failing without a single success for this long is disabled and its admins told. */
    @WithDefault("120H")
    Duration disableAfter();

    /** Ranges the guard lets through although private (a self-hosted intranet on the LAN), e.g. 192.168.10.0/24. */
    Optional<List<String>> allowedCidrs();

    /** Plain http endpoint URLs: for a test receiver only; production leaves it off. */
    @WithDefault("false")
    boolean allowHttp();

    default RetrySchedule schedule() {
        return new RetrySchedule(retryFirst(), retryFactor(), retryLongest(), retryAttempts());
    }

    default AddressGuard guard() {
        return new AddressGuard(allowedCidrs().orElse(List.of()).stream()
                .filter(text -> !text.isBlank())
                .map(Cidr::parse)
                .toList());
    }
}
