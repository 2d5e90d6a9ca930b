package org.gouvernail.domain.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * Read model: one line of an endpoint's delivery log, what one attempt sent and got back.
 *
 * @param status the HTTP status, {@code null} when no answer came (refused address, timeout...)
 * @param error why the attempt failed without an answer, or a short note ("redirect not followed")
 * @param response the first kilobyte of the answer's body
 */
public record DeliveryAttempt(
        UUID id,
        UUID deliveryId,
        UUID eventId,
        String eventType,
        int attempt,
        Instant at,
        Integer status,
        long durationMillis,
        String error,
        String response) {

    /** How much of an answer the log keeps. */
    public static final int RESPONSE_EXCERPT = 1024;

    public boolean succeeded() {
        return status != null && status >= 200 && status < 300;
    }
}
