package org.gouvernail.domain.webhook;

/** Where a delivery stands: waiting for (another) attempt, delivered, or given up after its last attempt or a 410. */
public enum DeliveryState {
    PENDING,
    SUCCEEDED,
    FAILED
}
