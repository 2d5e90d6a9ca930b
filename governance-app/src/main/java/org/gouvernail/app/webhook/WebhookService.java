package org.gouvernail.app.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.webhook.Delivery;
import org.gouvernail.domain.webhook.DeliveryAttempt;
import org.gouvernail.domain.webhook.DeliveryState;
import org.gouvernail.domain.webhook.EndpointId;
import org.gouvernail.domain.webhook.OutboxEntry;
import org.gouvernail.domain.webhook.PublicEvent;
import org.gouvernail.domain.webhook.PublicEvents;
import org.gouvernail.domain.webhook.WebhookEndpoint;
import org.gouvernail.domain.webhook.WebhookEndpoint.EndpointSettings;
import org.gouvernail.domain.webhook.WebhookEvent.DeliveriesRequested;
import org.gouvernail.domain.webhook.WebhookEvent.EndpointCreated;
import org.gouvernail.domain.webhook.WebhookEvent.EndpointRemoved;
import org.gouvernail.domain.webhook.WebhookEvent.EndpointUpdated;
import org.gouvernail.domain.webhook.WebhookEvent.SecretRotated;
import org.gouvernail.domain.webhook.WebhookSecret;
import org.gouvernail.domain.webhook.port.in.WebhookSubscriptions;
import org.gouvernail.domain.webhook.port.out.Deliveries;
import org.gouvernail.domain.webhook.port.out.Outbox;
import org.gouvernail.domain.webhook.port.out.WebhookEndpoints;

/** Use case service: an organisation's webhook endpoints and their deliveries, ADMIN only, one transaction per call. */
@ApplicationScoped
public class WebhookService implements WebhookSubscriptions {

    /** Endpoints one organisation may have: the fan-out reads them all for each of its events. */
    public static final int MAX_PER_ORGANISATION = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;
    private final Outbox outbox;
    private final OutboxWriter writer;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;
    private final WebhookSettings settings;

    public WebhookService(
            WebhookEndpoints endpoints,
            Deliveries deliveries,
            Outbox outbox,
            OutboxWriter writer,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock,
            WebhookSettings settings) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.writer = writer;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public boolean plainHttpAllowed() {
        return settings.allowHttp();
    }

    @Override
    @Transactional
    public Created create(Caller caller, OrganisationId organisationId, EndpointSettings endpointSettings) {
        access.withRole(caller, organisationId, Role.ADMINS, "create-webhook-endpoint");
        if (endpoints.count(organisationId) >= MAX_PER_ORGANISATION) {
            throw new RuleViolation(
                    "webhook-endpoints-full", "at most " + MAX_PER_ORGANISATION + " endpoints", MAX_PER_ORGANISATION);
        }
        WebhookSecret secret = WebhookSecret.generate(RANDOM);
        WebhookEndpoint endpoint =
                WebhookEndpoint.create(new EndpointId(ids.next()), organisationId, endpointSettings, secret, now());
        endpoints.add(endpoint);
        auditor.record(caller, new EndpointCreated(endpoint));
        return new Created(endpoint, secret);
    }

    @Override
    @Transactional
    public Page<WebhookEndpoint> endpoints(Caller caller, OrganisationId organisationId, PageRequest page) {
        access.withRole(caller, organisationId, Role.ADMINS, "read-webhook-endpoints");
        return endpoints.list(organisationId, page);
    }

    @Override
    @Transactional
    public WebhookEndpoint endpoint(Caller caller, OrganisationId organisationId, EndpointId id) {
        access.withRole(caller, organisationId, Role.ADMINS, "read-webhook-endpoints");
        return existing(organisationId, id);
    }

    @Override
    @Transactional
    public WebhookEndpoint update(
            Caller caller,
            OrganisationId organisationId,
            EndpointId id,
            long expectedVersion,
            EndpointSettings endpointSettings) {
        access.withRole(caller, organisationId, Role.ADMINS, "update-webhook-endpoint");
        WebhookEndpoint current = existing(organisationId, id);
        StaleVersion.check("webhook-endpoint", current.version(), expectedVersion);
        WebhookEndpoint changed = current.change(endpointSettings);
        if (changed.equals(current)) {
            return current;
        }
        WebhookEndpoint saved = endpoints.save(changed);
        auditor.record(caller, new EndpointUpdated(current, saved));
        return saved;
    }

    @Override
    @Transactional
    public void remove(Caller caller, OrganisationId organisationId, EndpointId id, long expectedVersion) {
        access.withRole(caller, organisationId, Role.ADMINS, "remove-webhook-endpoint");
        WebhookEndpoint current = existing(organisationId, id);
        StaleVersion.check("webhook-endpoint", current.version(), expectedVersion);
        endpoints.remove(current);
        auditor.record(caller, new EndpointRemoved(current));
    }

    @Override
    @Transactional
    public Created rotate(Caller caller, OrganisationId organisationId, EndpointId id, long expectedVersion) {
        access.withRole(caller, organisationId, Role.ADMINS, "rotate-webhook-secret");
        WebhookEndpoint current = existing(organisationId, id);
        StaleVersion.check("webhook-endpoint", current.version(), expectedVersion);
        WebhookSecret secret = WebhookSecret.generate(RANDOM);
        WebhookEndpoint saved = endpoints.save(current.rotate(secret, now()));
        auditor.record(caller, new SecretRotated(saved, saved.secrets().previousUntil()));
        return new Created(saved, secret);
    }

    @Override
    @Transactional
    public Page<Delivery> deliveries(Caller caller, OrganisationId organisationId, EndpointId id, PageRequest page) {
        access.withRole(caller, organisationId, Role.ADMINS, "read-webhook-deliveries");
        existing(organisationId, id);
        return deliveries.list(organisationId, id, page);
    }

    @Override
    @Transactional
    public Page<DeliveryAttempt> attempts(
            Caller caller, OrganisationId organisationId, EndpointId id, PageRequest page) {
        access.withRole(caller, organisationId, Role.ADMINS, "read-webhook-deliveries");
        existing(organisationId, id);
        return deliveries.attempts(organisationId, id, page);
    }

    @Override
    @Transactional
    public Delivery replay(Caller caller, OrganisationId organisationId, EndpointId id, UUID deliveryId) {
        access.withRole(caller, organisationId, Role.ADMINS, "replay-webhook-deliveries");
        WebhookEndpoint endpoint = existing(organisationId, id);
        Delivery original = deliveries
                .find(organisationId, id, deliveryId)
                .orElseThrow(() -> new NotFound("webhook-delivery", deliveryId));
        Delivery again = pending(endpoint, original.eventId(), original.eventType());
        deliveries.schedule(List.of(again));
        auditor.record(caller, new DeliveriesRequested(organisationId, id, "replay of delivery " + deliveryId, 1));
        return again;
    }

    @Override
    @Transactional
    public int replay(Caller caller, OrganisationId organisationId, EndpointId id, Instant from, Instant to) {
        access.withRole(caller, organisationId, Role.ADMINS, "replay-webhook-deliveries");
        WebhookEndpoint endpoint = existing(organisationId, id);
        if (!from.isBefore(to)) {
            throw new InvalidInput("to", "invalid", "the end of the range comes after its start");
        }
        List<Delivery> again = outbox.between(organisationId, from, to, MAX_REPLAY).stream()
                .map(OutboxEntry::event)
                .filter(event -> !event.type().equals(PublicEvents.TEST) && endpoint.wants(event.type()))
                .map(event -> pending(endpoint, event.id(), event.type()))
                .toList();
        deliveries.schedule(again);
        auditor.record(
                caller,
                new DeliveriesRequested(
                        organisationId, id, "replay of events from " + from + " to " + to, again.size()));
        return again.size();
    }

    @Override
    @Transactional
    public Delivery test(Caller caller, OrganisationId organisationId, EndpointId id) {
        access.withRole(caller, organisationId, Role.ADMINS, "test-webhook-endpoint");
        WebhookEndpoint endpoint = existing(organisationId, id);
        PublicEvent event = PublicEvents.test(ids.next(), endpoint, now());
        writer.appendFannedOut(event);
        Delivery delivery = pending(endpoint, event.id(), event.type());
        deliveries.schedule(List.of(delivery));
        auditor.record(caller, new DeliveriesRequested(organisationId, id, "test event " + event.id(), 1));
        return delivery;
    }

    private Delivery pending(WebhookEndpoint endpoint, UUID eventId, String type) {
        Instant now = now();
        return new Delivery(
                ids.next(),
                endpoint.organisationId(),
                endpoint.id(),
                eventId,
                type,
                DeliveryState.PENDING,
                0,
                now,
                now,
                null);
    }

    private WebhookEndpoint existing(OrganisationId organisationId, EndpointId id) {
        return endpoints.find(organisationId, id).orElseThrow(() -> new NotFound("webhook-endpoint", id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
