package org.gouvernail.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Policy: when a failed delivery is tried again. The wait grows by {@code factor} from {@code first}
 * up to {@code longest}, with ±20 % jitter so that the deliveries of an endpoint that came back do
 * not all arrive in the same second; after {@code attempts} attempts the delivery fails for good.
 * The defaults (10 s × 4ⁿ, at most 12 h, 9 attempts) spread the retries over about 27 hours. A
 * {@code Retry-After} of the receiver (429, 503) is honoured when it asks for longer.
 */
public record RetrySchedule(Duration first, int factor, Duration longest, int attempts) {

    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(10), 4, Duration.ofHours(12), 9);
    private static final double JITTER = 0.2;

    public RetrySchedule {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        if (first.isNegative() || first.isZero() || factor < 1 || attempts < 1 || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("a retry schedule waits a positive time, growing, a few times");
        }
    }

    /** The wait after failed attempt number {@code attempt} (1 for the first), before jitter. */
    public Duration nominalWait(int attempt) {
        Duration wait = first;
        for (int i = 1; i < attempt && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(factor);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /**
     * When to try again after failed attempt number {@code attempt} at {@code now}; empty when that
     * was the last. {@code random} gives a number in [0, 1) for the jitter; {@code retryAfter} is the
     * receiver's wish, or null.
     */
    public Optional<Instant> next(int attempt, Instant now, DoubleSupplier random, Duration retryAfter) {
        if (attempt >= attempts) {
            return Optional.empty();
        }
        Duration nominal = nominalWait(attempt);
        long millis = Math.round(nominal.toMillis() * (1 - JITTER + 2 * JITTER * random.getAsDouble()));
        Duration wait = Duration.ofMillis(Math.max(1, millis));
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter.compareTo(longest) > 0 ? longest : retryAfter;
        }
        return Optional.of(now.plus(wait));
    }

    /** The longest a delivery can wait from its first attempt to its last, jitter aside. */
    public Duration span() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < attempts; attempt++) {
            total = total.plus(nominalWait(attempt));
        }
        return total;
    }
}
