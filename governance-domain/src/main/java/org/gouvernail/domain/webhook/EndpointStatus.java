package org.gouvernail.domain.webhook;

/**
 * Whether an endpoint receives deliveries: ACTIVE does, PAUSED keeps them waiting (an admin's
 * choice), DISABLED keeps them waiting too, set by the platform when the receiver answered 410 Gone
 * or failed for days, or by an admin.
 */
public enum EndpointStatus {
    ACTIVE,
    PAUSED,
    DISABLED
}
