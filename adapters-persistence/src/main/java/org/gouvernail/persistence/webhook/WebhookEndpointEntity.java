package org.gouvernail.persistence.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.webhook.EndpointId;
import org.gouvernail.domain.webhook.EndpointStatus;
import org.gouvernail.domain.webhook.EndpointUrl;
import org.gouvernail.domain.webhook.SigningSecrets;
import org.gouvernail.domain.webhook.WebhookEndpoint;
import org.gouvernail.domain.webhook.WebhookSecret;

/**
 * Row of table webhook_endpoint. The event types are one space-separated column: the fan-out reads
 * an organisation's endpoints whole and filters in Java, no query looks inside the list. The
 * secrets are stored as they are: HMAC signing needs the key itself.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpointEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String url;
    public String description;
    public String eventTypes;

    @Enumerated(EnumType.STRING)
    public EndpointStatus status;

    public String secret;
    public String previousSecret;
    public Instant previousSecretUntil;
    public Instant failingSince;
    public String disabledReason;
    public Instant createdAt;

    @Version
    public long version;

    static WebhookEndpointEntity from(WebhookEndpoint endpoint) {
        WebhookEndpointEntity entity = new WebhookEndpointEntity();
        entity.id = endpoint.id().value();
        entity.organisationId = endpoint.organisationId().value();
        entity.createdAt = endpoint.createdAt();
        entity.version = endpoint.version();
        entity.copy(endpoint);
        return entity;
    }

    void copy(WebhookEndpoint endpoint) {
        url = endpoint.url().value();
        description = endpoint.description();
        eventTypes = String.join(" ", new TreeSet<>(endpoint.eventTypes()));
        status = endpoint.status();
        secret = endpoint.secrets().current().value();
        previousSecret = endpoint.secrets().previous() == null
                ? null
                : endpoint.secrets().previous().value();
        previousSecretUntil = endpoint.secrets().previousUntil();
        failingSince = endpoint.failingSince();
        disabledReason = endpoint.disabledReason();
    }

    WebhookEndpoint toDomain() {
        Set<String> types = eventTypes.isBlank()
                ? Set.of()
                : Arrays.stream(eventTypes.split(" ")).collect(Collectors.toSet());
        return new WebhookEndpoint(
                new EndpointId(id),
                new OrganisationId(organisationId),
                new EndpointUrl(url),
                description,
                types,
                status,
                new SigningSecrets(
                        new WebhookSecret(secret),
                        previousSecret == null ? null : new WebhookSecret(previousSecret),
                        previousSecretUntil),
                failingSince,
                disabledReason,
                createdAt,
                version);
    }
}
