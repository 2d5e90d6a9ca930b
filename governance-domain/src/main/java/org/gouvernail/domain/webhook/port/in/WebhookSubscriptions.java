package org.gouvernail.domain.webhook.port.in;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.webhook.Delivery;
import org.gouvernail.domain.webhook.DeliveryAttempt;
import org.gouvernail.domain.webhook.EndpointId;
import org.gouvernail.domain.webhook.WebhookEndpoint;
import org.gouvernail.domain.webhook.WebhookEndpoint.EndpointSettings;
import org.gouvernail.domain.webhook.WebhookSecret;

/** In-port: an organisation's webhook endpoints, their secrets and their delivery log; ADMIN only. */
public interface WebhookSubscriptions {

    /** Whether plain-http URLs are accepted (an operator setting for test receivers). */
    boolean plainHttpAllowed();

    /** A new endpoint and its secret, shown this once. */
    Created create(Caller caller, OrganisationId organisationId, EndpointSettings settings);

    Page<WebhookEndpoint> endpoints(Caller caller, OrganisationId organisationId, PageRequest page);

    WebhookEndpoint endpoint(Caller caller, OrganisationId organisationId, EndpointId id);

    WebhookEndpoint update(
            Caller caller,
            OrganisationId organisationId,
            EndpointId id,
            long expectedVersion,
            EndpointSettings settings);

    void remove(Caller caller, OrganisationId organisationId, EndpointId id, long expectedVersion);

    /** A new secret; the current one keeps signing, beside it, for 24 hours. */
    Created rotate(Caller caller, OrganisationId organisationId, EndpointId id, long expectedVersion);

    Page<Delivery> deliveries(Caller caller, OrganisationId organisationId, EndpointId id, PageRequest page);

    Page<DeliveryAttempt> attempts(Caller caller, OrganisationId organisationId, EndpointId id, PageRequest page);

    /** Sends one delivery's event again, as a new delivery with the same event id. */
    Delivery replay(Caller caller, OrganisationId organisationId, EndpointId id, UUID deliveryId);

    /** Sends again every event of [from, to) the endpoint wants; returns how many (at most {@link #MAX_REPLAY}). */
    int replay(Caller caller, OrganisationId organisationId, EndpointId id, Instant from, Instant to);

    /** Sends a {@code webhook.test} event to this endpoint only. */
    Delivery test(Caller caller, OrganisationId organisationId, EndpointId id);

    int MAX_REPLAY = 1_000;

    record Created(WebhookEndpoint endpoint, WebhookSecret secret) {}
}
