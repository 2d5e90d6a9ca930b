package org.gouvernail.domain.webhook;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.shared.Changes;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the webhook endpoints, for the audit trail; none is itself a public event. */
public sealed interface WebhookEvent extends DomainEvent {

    EndpointId endpointId();

    @Override
    default String subjectType() {
        return "WEBHOOK_ENDPOINT";
    }

    @Override
    default UUID subjectId() {
        return endpointId().value();
    }

    /** An event about one endpoint as it stands after the change, which gives its ids. */
    sealed interface OfEndpoint extends WebhookEvent {

        WebhookEndpoint endpoint();

        @Override
        default EndpointId endpointId() {
            return endpoint().id();
        }

        @Override
        default OrganisationId organisationId() {
            return endpoint().organisationId();
        }
    }

    record EndpointCreated(WebhookEndpoint endpoint) implements OfEndpoint {

        @Override
        public String action() {
            return "webhook-endpoint.created";
        }

        @Override
        public String summary() {
            return "url: " + endpoint.url().value() + "; eventTypes: "
                    + endpoint.eventTypes().size() + "; status: " + endpoint.status();
        }
    }

    record EndpointUpdated(WebhookEndpoint before, WebhookEndpoint after) implements WebhookEvent {

        @Override
        public EndpointId endpointId() {
            return after.id();
        }

        @Override
        public OrganisationId organisationId() {
            return after.organisationId();
        }

        @Override
        public String action() {
            return "webhook-endpoint.updated";
        }

        @Override
        public String summary() {
            return Changes.between(view(before), view(after));
        }

        private static Shown view(WebhookEndpoint endpoint) {
            return new Shown(
                    endpoint.url().value(),
                    endpoint.description(),
                    String.join(",", new java.util.TreeSet<>(endpoint.eventTypes())),
                    endpoint.status());
        }

        /** What the audit summary compares; public for {@code Changes}, which reads its components. */
        public record Shown(String url, String description, String eventTypes, EndpointStatus status) {}
    }

    record EndpointRemoved(WebhookEndpoint endpoint) implements OfEndpoint {

        @Override
        public String action() {
            return "webhook-endpoint.removed";
        }

        @Override
        public String summary() {
            return "url: " + endpoint.url().value();
        }
    }

    record SecretRotated(WebhookEndpoint endpoint, Instant previousUntil) implements OfEndpoint {

        @Override
        public String action() {
            return "webhook-endpoint.secret-rotated";
        }

        @Override
        public String summary() {
            return "previous secret valid until: " + previousUntil;
        }
    }

    /** The platform disabled the endpoint: it answered 410 Gone or failed for too long. */
    record EndpointDisabled(WebhookEndpoint endpoint) implements OfEndpoint {

        @Override
        public String action() {
            return "webhook-endpoint.disabled";
        }

        @Override
        public String summary() {
            return "status: ACTIVE → DISABLED; reason: " + endpoint.disabledReason() + "; failing since: "
                    + endpoint.failingSince();
        }
    }

    /** Deliveries sent again by an admin: one, a time range, or a test event. */
    record DeliveriesRequested(OrganisationId organisationId, EndpointId endpointId, String what, int count)
            implements WebhookEvent {

        @Override
        public String action() {
            return "webhook-endpoint.deliveries-requested";
        }

        @Override
        public String summary() {
            return what + "; deliveries: " + count;
        }
    }
}
