package org.gouvernail.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Aggregate: where an organisation wants its public events delivered, which types, whether it
 * receives them now, and the secrets that sign them. It also remembers since when its deliveries
 * fail without a success in between, to disable an endpoint that stays broken for days.
 *
 * @param eventTypes the public types it receives; empty means every type
 * @param failingSince the first failure since the last success; {@code null} when healthy
 * @param disabledReason why the platform disabled it ("gone", "failing"), {@code null} otherwise
 */
public record WebhookEndpoint(
        EndpointId id,
        OrganisationId organisationId,
        EndpointUrl url,
        String description,
        Set<String> eventTypes,
        EndpointStatus status,
        SigningSecrets secrets,
        Instant failingSince,
        String disabledReason,
        Instant createdAt,
        long version) {

    public static final int MAX_EVENT_TYPES = 100;

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(createdAt, "createdAt");
        description = description == null ? "" : description;
        eventTypes = Set.copyOf(eventTypes == null ? Set.of() : eventTypes);
    }

    /** A new endpoint, ACTIVE, with its first secret. */
    public static WebhookEndpoint create(
            EndpointId id,
            OrganisationId organisationId,
            EndpointSettings settings,
            WebhookSecret secret,
            Instant now) {
        return new WebhookEndpoint(
                id,
                organisationId,
                settings.url(),
                settings.description(),
                settings.eventTypes(),
                settings.status() == null ? EndpointStatus.ACTIVE : settings.status(),
                SigningSecrets.of(secret),
                null,
                null,
                now,
                0);
    }

    /** What an admin may change; activating again forgets past failures. */
    public WebhookEndpoint change(EndpointSettings settings) {
        EndpointStatus next = settings.status() == null ? status : settings.status();
        boolean reactivated = next == EndpointStatus.ACTIVE && status != EndpointStatus.ACTIVE;
        return new WebhookEndpoint(
                id,
                organisationId,
                settings.url(),
                settings.description(),
                settings.eventTypes(),
                next,
                secrets,
                reactivated ? null : failingSince,
                next == EndpointStatus.DISABLED ? disabledReason : null,
                createdAt,
                version);
    }

    public WebhookEndpoint rotate(WebhookSecret next, Instant now) {
        return withSecrets(secrets.rotate(next, now));
    }

    /** Whether a public event of this type is for this endpoint. */
    public boolean wants(String eventType) {
        return eventTypes.isEmpty() || eventTypes.contains(eventType);
    }

    /**
     * Whether an event of this type that occurred at {@code occurredAt} is for this endpoint: one it
     * wants, and not older than the endpoint (an endpoint receives what happens once it exists; a
     * replay of a time range can send older events on purpose).
     */
    public boolean receives(String eventType, Instant occurredAt) {
        return wants(eventType) && !createdAt.isAfter(occurredAt);
    }

    /** A 2xx answer: the endpoint is healthy again. */
    public WebhookEndpoint succeeded() {
        return failingSince == null ? this : with(status, null, disabledReason);
    }

    /**
     * A failed attempt at {@code now}: the endpoint is disabled once it has been failing for longer
     * than {@code tolerated} without a single success.
     */
    public WebhookEndpoint failed(Instant now, Duration tolerated) {
        Instant since = failingSince == null ? now : failingSince;
        if (status == EndpointStatus.ACTIVE && !now.isBefore(since.plus(tolerated))) {
            return with(EndpointStatus.DISABLED, since, "failing");
        }
        return with(status, since, disabledReason);
    }

    /** The receiver answered 410 Gone: it asks not to be called again. */
    public WebhookEndpoint gone(Instant now) {
        return with(EndpointStatus.DISABLED, failingSince == null ? now : failingSince, "gone");
    }

    public boolean disabledByThePlatform() {
        return status == EndpointStatus.DISABLED && disabledReason != null;
    }

    private WebhookEndpoint with(EndpointStatus nextStatus, Instant since, String reason) {
        return new WebhookEndpoint(
                id,
                organisationId,
                url,
                description,
                eventTypes,
                nextStatus,
                secrets,
                since,
                reason,
                createdAt,
                version);
    }

    private WebhookEndpoint withSecrets(SigningSecrets next) {
        return new WebhookEndpoint(
                id,
                organisationId,
                url,
                description,
                eventTypes,
                status,
                next,
                failingSince,
                disabledReason,
                createdAt,
                version);
    }

    /**
     * Command: what an admin says of an endpoint; {@code status} null keeps it (ACTIVE for a new one).
     * Event types must be known public types.
     */
    public record EndpointSettings(EndpointUrl url, String description, Set<String> eventTypes, EndpointStatus status) {

        public EndpointSettings {
            Objects.requireNonNull(url, "url");
            description = Check.text("description", description, Check.SHORT_TEXT_LENGTH);
            eventTypes = new TreeSet<>(
                    Check.size("eventTypes", eventTypes == null ? Set.of() : eventTypes, MAX_EVENT_TYPES));
            for (String type : eventTypes) {
                if (!PublicEvents.isKnown(type)) {
                    throw new InvalidInput(
                            "eventTypes", "unknown-event-type", "unknown event type " + type, "eventTypes", type);
                }
            }
        }
    }
}
