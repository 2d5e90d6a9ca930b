package org.gouvernail.persistence.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.webhook.DeliveryAttempt;
import org.hibernate.annotations.Immutable;

/** Row of table webhook_attempt, one line of an endpoint's delivery log; never updated. */
@Entity
@Immutable
@Table(name = "webhook_attempt")
public class WebhookAttemptEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID endpointId;
    public UUID deliveryId;
    public UUID eventId;
    public String eventType;
    public int attempt;
    public Instant at;
    public Integer status;
    public long durationMillis;
    public String error;
    public String response;

    DeliveryAttempt toDomain() {
        return new DeliveryAttempt(
                id, deliveryId, eventId, eventType, attempt, at, status, durationMillis, error, response);
    }
}
