package org.gouvernail.domain.webhook;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Read model: one public event on its way to one endpoint. A replay is a new delivery of the same
 * event, so the receiver sees the same {@code webhook-id} and can recognise it.
 *
 * @param nextAttemptAt when it is due; while an instance sends it, the end of that instance's lease
 */
public record Delivery(
        UUID id,
        OrganisationId organisationId,
        EndpointId endpointId,
        UUID eventId,
        String eventType,
        DeliveryState state,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Integer lastStatus) {}
