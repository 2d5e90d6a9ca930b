package org.gouvernail.rest.webhook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.webhook.Delivery;
import org.gouvernail.domain.webhook.DeliveryAttempt;
import org.gouvernail.domain.webhook.DeliveryState;
import org.gouvernail.domain.webhook.EndpointStatus;
import org.gouvernail.domain.webhook.EndpointUrl;
import org.gouvernail.domain.webhook.WebhookEndpoint;
import org.gouvernail.domain.webhook.WebhookEndpoint.EndpointSettings;
import org.gouvernail.rest.shared.LocalizedText;

/** JSON shapes of the webhook endpoints, their deliveries and the event types. */
final class WebhookJson {

    private WebhookJson() {}

    @Schema(
            name = "WebhookEndpointInput",
            description = "An endpoint as an ADMIN sets it; PATCH takes the same fields (merge patch).")
    record Input(
            @NotNull
            @Size(max = EndpointUrl.MAX_LENGTH)
            @Schema(
                    examples = "https://intranet.example.org/hooks/gouvernail",
                    maxLength = EndpointUrl.MAX_LENGTH,
                    description = "https only; the address it resolves to is checked at every send")
            String url,

            @Size(max = 2000) @Schema(examples = "Intranet de la fédération", nullable = true, maxLength = 2000)
            String description,

            @Size(max = WebhookEndpoint.MAX_EVENT_TYPES)
            @Schema(
                    description =
                            "Public event types it receives (GET /api/v1/reference/event-types); empty or absent: all",
                    nullable = true,
                    maxItems = WebhookEndpoint.MAX_EVENT_TYPES,
                    examples = "[\"tool.declared\",\"decision.recorded\"]")
            Set<@Size(max = 60) String> eventTypes,

            @Schema(description = "ACTIVE (default), PAUSED or DISABLED", nullable = true, maxLength = 16)
            EndpointStatus status) {

        static Input from(WebhookEndpoint endpoint) {
            return new Input(endpoint.url().value(), endpoint.description(), endpoint.eventTypes(), endpoint.status());
        }

        EndpointSettings toDomain(boolean plainHttpAllowed) {
            return new EndpointSettings(
                    EndpointUrl.parse(url, plainHttpAllowed),
                    description == null || description.isBlank() ? null : description,
                    eventTypes,
                    status);
        }
    }

    @Schema(name = "WebhookEndpoint", description = "An endpoint; its secret is shown only when created or rotated.")
    record View(
            UUID id,
            @Schema(maxLength = 2000) String url,
            @Schema(maxLength = 2000) String description,

            @Schema(maxItems = 100) Set<@Size(max = 60) String> eventTypes,

            EndpointStatus status,

            @Schema(
                    description = "Why the platform disabled it: gone (410) or failing (for days)",
                    nullable = true,
                    maxLength = 30)
            String disabledReason,

            @Schema(description = "First failure since the last success", nullable = true, maxLength = 35)
            Instant failingSince,

            @Schema(
                    description = "Until when the previous secret still signs, after a rotation",
                    nullable = true,
                    maxLength = 35)
            Instant previousSecretValidUntil,

            Instant createdAt) {

        static View from(WebhookEndpoint endpoint) {
            return new View(
                    endpoint.id().value(),
                    endpoint.url().value(),
                    endpoint.description(),
                    endpoint.eventTypes(),
                    endpoint.status(),
                    endpoint.disabledReason(),
                    endpoint.failingSince(),
                    endpoint.secrets().previousUntil(),
                    endpoint.createdAt());
        }
    }

    @Schema(name = "WebhookEndpointWithSecret", description = "An endpoint with its signing secret, shown this once.")
    record WithSecret(
            UUID id,
            @Schema(maxLength = 2000) String url,
            @Schema(maxLength = 2000) String description,

            @Schema(maxItems = 100) Set<@Size(max = 60) String> eventTypes,

            EndpointStatus status,

            @Schema(description = "Until when the previous secret still signs", nullable = true, maxLength = 35)
            Instant previousSecretValidUntil,

            Instant createdAt,

            @Schema(
                    description = "whsec_ and the base64 key: keep it, it is never shown again",
                    examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                    maxLength = 120)
            String secret) {

        static WithSecret from(WebhookEndpoint endpoint, String secret) {
            return new WithSecret(
                    endpoint.id().value(),
                    endpoint.url().value(),
                    endpoint.description(),
                    endpoint.eventTypes(),
                    endpoint.status(),
                    endpoint.secrets().previousUntil(),
                    endpoint.createdAt(),
                    secret);
        }
    }

    @Schema(name = "WebhookDelivery", description = "One event on its way to the endpoint")
    record DeliveryView(
            UUID id,

            @Schema(description = "The event id, sent as webhook-id on every attempt")
            UUID eventId,

            @Schema(maxLength = 60) String eventType,
            DeliveryState state,
            @Schema(minimum = "0", maximum = "100") int attempts,

            @Schema(description = "When it is due (PENDING), or when it ended")
            Instant nextAttemptAt,

            Instant createdAt,

            @Schema(nullable = true, minimum = "100", maximum = "599")
            Integer lastStatus) {

        static DeliveryView from(Delivery delivery) {
            return new DeliveryView(
                    delivery.id(),
                    delivery.eventId(),
                    delivery.eventType(),
                    delivery.state(),
                    delivery.attempts(),
                    delivery.nextAttemptAt(),
                    delivery.createdAt(),
                    delivery.lastStatus());
        }
    }

    @Schema(name = "WebhookAttempt", description = "One line of the delivery log")
    record AttemptView(
            UUID id,
            UUID deliveryId,
            UUID eventId,
            @Schema(maxLength = 60) String eventType,
            @Schema(minimum = "1", maximum = "100") int attempt,
            Instant at,

            @Schema(
                    description = "HTTP status; null when no answer came",
                    nullable = true,
                    minimum = "100",
                    maximum = "599")
            Integer status,

            @Schema(minimum = "0", maximum = "3600000") long durationMillis,
            @Schema(nullable = true, maxLength = 2000) String error,

            @Schema(description = "The first kilobyte of the answer", nullable = true, maxLength = 1024)
            String response) {

        static AttemptView from(DeliveryAttempt attempt) {
            return new AttemptView(
                    attempt.id(),
                    attempt.deliveryId(),
                    attempt.eventId(),
                    attempt.eventType(),
                    attempt.attempt(),
                    attempt.at(),
                    attempt.status(),
                    attempt.durationMillis(),
                    attempt.error(),
                    attempt.response());
        }
    }

    @Schema(name = "WebhookReplay", description = "A time range of events to send again, [from, to)")
    record Replay(@NotNull Instant from, @NotNull Instant to) {}

    @Schema(name = "WebhookReplayed", description = "How many deliveries were scheduled")
    record Replayed(@Schema(minimum = "0", maximum = "1000") int deliveries) {}

    @Schema(name = "EventType", description = "A public event type")
    record EventTypeView(
            @Schema(examples = "tool.declared", maxLength = 60)
            String type,

            @Schema(examples = "1", minimum = "1", maximum = "1000")
            int version,

            LocalizedText description) {}

    @Schema(name = "EventTypes", description = "The public event types and the payload every one of them sends")
    record EventTypes(
            @Schema(type = SchemaType.ARRAY, implementation = EventTypeView.class, maxItems = 200)
            java.util.List<EventTypeView> items,

            @Schema(description = "JSON Schema (2020-12) of the body of every delivery", type = SchemaType.OBJECT)
            java.util.Map<String, Object> payloadSchema) {}
}
