package org.gouvernail.domain.webhook.port.out;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Out-port: sends one signed request to an endpoint. The adapter resolves the host, refuses a
 * forbidden address (the {@code AddressGuard}) and connects to the address it checked, follows no
 * redirect and gives up after its timeout.
 */
public interface WebhookTransport {

    Answer post(URI url, Map<String, String> headers, String body);

    /**
     * What came back: the status (null when nothing did), the {@code Retry-After} wish, an error
     * when the request failed without an answer, the first kilobyte of the body, how long it took.
     */
    record Answer(Integer status, Duration retryAfter, String error, String excerpt, long durationMillis) {}
}
