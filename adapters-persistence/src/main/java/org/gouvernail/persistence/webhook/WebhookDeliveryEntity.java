package org.gouvernail.persistence.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.webhook.Delivery;
import org.gouvernail.domain.webhook.DeliveryState;
import org.gouvernail.domain.webhook.EndpointId;

/** Row of table webhook_delivery; {@code claim} names the sender holding it while its lease runs. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDeliveryEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID endpointId;
    public UUID eventId;
    public String eventType;

    @Enumerated(EnumType.STRING)
    public DeliveryState state;

    public int attempts;
    public Instant nextAttemptAt;
    public String claim;
    public Instant createdAt;
    public Integer lastStatus;

    static WebhookDeliveryEntity from(Delivery delivery) {
        WebhookDeliveryEntity entity = new WebhookDeliveryEntity();
        entity.id = delivery.id();
        entity.organisationId = delivery.organisationId().value();
        entity.endpointId = delivery.endpointId().value();
        entity.eventId = delivery.eventId();
        entity.eventType = delivery.eventType();
        entity.state = delivery.state();
        entity.attempts = delivery.attempts();
        entity.nextAttemptAt = delivery.nextAttemptAt();
        entity.createdAt = delivery.createdAt();
        entity.lastStatus = delivery.lastStatus();
        return entity;
    }

    Delivery toDomain() {
        return new Delivery(
                id,
                new OrganisationId(organisationId),
                new EndpointId(endpointId),
                eventId,
                eventType,
                state,
                attempts,
                nextAttemptAt,
                createdAt,
                lastStatus);
    }
}
