package org.gouvernail.app.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.ConflictRetry;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.webhook.Delivery;
import org.gouvernail.domain.webhook.DeliveryAttempt;
import org.gouvernail.domain.webhook.DeliveryState;
import org.gouvernail.domain.webhook.EndpointId;
import org.gouvernail.domain.webhook.EndpointStatus;
import org.gouvernail.domain.webhook.OutboxEntry;
import org.gouvernail.domain.webhook.RetrySchedule;
import org.gouvernail.domain.webhook.WebhookEndpoint;
import org.gouvernail.domain.webhook.WebhookEvent.EndpointDisabled;
import org.gouvernail.domain.webhook.port.out.Deliveries;
import org.gouvernail.domain.webhook.port.out.Outbox;
import org.gouvernail.domain.webhook.port.out.WebhookEndpoints;
import org.gouvernail.domain.webhook.port.out.WebhookTransport;
import org.gouvernail.domain.webhook.port.out.WebhookTransport.Answer;
import org.jboss.logging.Logger;

/**
 * Application service: one round of webhook dispatch, safe to run on every instance at once.
 * (1) Fan-out: in one short transaction, claim outbox events not yet fanned out ({@code SKIP
 * LOCKED}) and schedule one delivery per interested endpoint. (2) Claim: in another, take due
 * deliveries and lease them. (3) Send each one outside any transaction, then record its attempt in
 * a transaction of its own, only if the lease is still ours. A sender that dies leaves its
 * deliveries leased; they are due again when the lease ends, so nothing is lost.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    /** Who the audit trail names when the platform itself disables an endpoint. */
    static final Caller PLATFORM = new Caller("gouvernail-webhooks", null, false, "Gouvernail (webhooks)", false);

    /** Rows deleted per transaction by the retention purge: short locks, never a long delete. */
    static final int PURGE_BATCH = 500;

    private final Outbox outbox;
    private final Deliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookTransport transport;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;
    private final WebhookSettings settings;

    @Inject
    public WebhookDispatcher(
            Outbox outbox,
            Deliveries deliveries,
            WebhookEndpoints endpoints,
            WebhookTransport transport,
            Auditor auditor,
            IdGenerator ids,
            Clock clock,
            WebhookSettings settings) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.transport = transport;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    /** A dispatcher of its own over the same beans: a second "instance" for tests that run two at once. */
    public WebhookDispatcher twin() {
        return twin(deliveries);
    }

    /** A second instance whose deliveries are these: for tests of what a failing step leaves behind. */
    WebhookDispatcher twin(Deliveries theirs) {
        return new WebhookDispatcher(outbox, theirs, endpoints, transport, auditor, ids, clock, settings);
    }

    /** One round; returns the number of events fanned out plus deliveries attempted (0: nothing to do). */
    public int runOnce() {
        int fannedOut = unlessLost("fan-out", this::fanOut, 0);
        Claimed claimed = unlessLost("claim", this::claim, new Claimed("", List.of(), Map.of(), Map.of()));
        for (Delivery delivery : claimed.deliveries()) {
            send(delivery, claimed);
        }
        return fannedOut + claimed.deliveries().size();
    }

    /**
     * One step in a transaction of its own; when the database makes it lose a conflict with another
     * instance's step (an InnoDB deadlock between two claims, seen in CI; a Galera certification
     * conflict), nothing of it was written and it took nothing: the rows stay for that
     * instance or for the next round, so the round goes on without them rather than failing.
     */
    private <T> T unlessLost(String step, Callable<T> work, T nothing) {
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } catch (RuntimeException e) {
            if (!ConflictRetry.lostConflict(e)) {
                throw e;
            }
            LOG.debugf("webhook %s lost a conflict with another instance: left to the next round", step);
            return nothing;
        }
    }

    /**
     * Deletes, in short transactions of one batch each, the deliveries (and their log) created before
     * {@code cutoff}, then the events left without a delivery; returns the rows deleted. Safe on every
     * instance at once: two purges delete the same rows or wait for each other.
     */
    public int purgeBefore(Instant cutoff) {
        int deleted = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> deliveries.purgeBefore(cutoff, PURGE_BATCH));
            deleted += batch;
        } while (batch == PURGE_BATCH);
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> outbox.purgeBefore(cutoff, PURGE_BATCH));
            deleted += batch;
        } while (batch == PURGE_BATCH);
        return deleted;
    }

    /** The rows past the retention for this instance: now minus {@link WebhookSettings#retention()}. */
    public int purgeExpired() {
        return purgeBefore(now().minus(settings.retention()));
    }

    private int fanOut() {
        List<OutboxEntry> events = outbox.claimToFanOut(settings.batchSize());
        if (events.isEmpty()) {
            return 0;
        }
        Set<OrganisationId> organisations =
                events.stream().map(entry -> entry.event().organisationId()).collect(Collectors.toSet());
        Map<OrganisationId, List<WebhookEndpoint>> byOrganisation = endpoints.ofOrganisations(organisations).stream()
                .filter(endpoint -> endpoint.status() != EndpointStatus.DISABLED)
                .collect(Collectors.groupingBy(WebhookEndpoint::organisationId));
        Instant now = now();
        List<Delivery> scheduled = new ArrayList<>();
        for (OutboxEntry entry : events) {
            for (WebhookEndpoint endpoint :
                    byOrganisation.getOrDefault(entry.event().organisationId(), List.of())) {
                if (endpoint.receives(entry.event().type(), entry.event().occurredAt())) {
                    scheduled.add(new Delivery(
                            ids.next(),
                            endpoint.organisationId(),
                            endpoint.id(),
                            entry.event().id(),
                            entry.event().type(),
                            DeliveryState.PENDING,
                            0,
                            now,
                            now,
                            null));
                }
            }
        }
        deliveries.schedule(scheduled);
        outbox.markFannedOut(events.stream().map(entry -> entry.event().id()).toList());
        return events.size();
    }

    /** What one claim took, with the endpoints and bodies its sends need. */
    private record Claimed(
            String claim,
            List<Delivery> deliveries,
            Map<EndpointId, WebhookEndpoint> endpoints,
            Map<UUID, OutboxEntry> events) {}

    private Claimed claim() {
        Instant now = now();
        String claim = UUID.randomUUID().toString();
        List<Delivery> taken = deliveries.claim(now, now.plus(settings.lease()), claim, settings.batchSize());
        if (taken.isEmpty()) {
            return new Claimed(claim, List.of(), Map.of(), Map.of());
        }
        Set<EndpointId> endpointIds = new HashSet<>();
        Set<UUID> eventIds = new HashSet<>();
        taken.forEach(delivery -> {
            endpointIds.add(delivery.endpointId());
            eventIds.add(delivery.eventId());
        });
        Map<EndpointId, WebhookEndpoint> byId = endpoints.byIds(endpointIds).stream()
                .collect(Collectors.toMap(WebhookEndpoint::id, Function.identity()));
        Map<UUID, OutboxEntry> events = new LinkedHashMap<>();
        outbox.byIds(eventIds).forEach(entry -> events.put(entry.event().id(), entry));
        return new Claimed(claim, taken, byId, events);
    }

    private void send(Delivery delivery, Claimed claimed) {
        WebhookEndpoint endpoint = claimed.endpoints().get(delivery.endpointId());
        OutboxEntry event = claimed.events().get(delivery.eventId());
        if (endpoint == null || event == null) {
            return; // removed meanwhile: its deliveries went with it
        }
        Instant sentAt = now();
        long timestamp = sentAt.getEpochSecond();
        String messageId = event.event().id().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", messageId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put(
                "webhook-signature",
                WebhookSignature.header(endpoint.secrets().validAt(sentAt), messageId, timestamp, event.body()));
        headers.put("User-Agent", "Gouvernail-Webhooks/1");
        Answer answer = transport.post(endpoint.url().uri(), headers, event.body());
        int attemptNumber = delivery.attempts() + 1;
        DeliveryAttempt attempt = new DeliveryAttempt(
                ids.next(),
                delivery.id(),
                delivery.eventId(),
                delivery.eventType(),
                attemptNumber,
                sentAt,
                answer.status(),
                answer.durationMillis(),
                answer.error(),
                answer.excerpt());
        boolean gone = answer.status() != null && answer.status() == 410;
        Optional<Instant> retryAt = attempt.succeeded() || gone
                ? Optional.empty()
                : schedule().next(attemptNumber, now(), ThreadLocalRandom.current()::nextDouble, answer.retryAfter());
        boolean recorded = QuarkusTransaction.requiringNew()
                .call(() -> deliveries.complete(delivery.id(), claimed.claim(), attempt, retryAt, gone));
        if (!recorded) {
            LOG.debugf("delivery %s: lease lost before its attempt was recorded", delivery.id());
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> health(endpoint, attempt, gone));
    }

    /** The endpoint's health after an attempt: healthy again, failing since…, or disabled (410 or too long). */
    private void health(WebhookEndpoint sent, DeliveryAttempt attempt, boolean gone) {
        Optional<WebhookEndpoint> found = endpoints.find(sent.organisationId(), sent.id());
        if (found.isEmpty()) {
            return;
        }
        WebhookEndpoint current = found.get();
        WebhookEndpoint next = attempt.succeeded()
                ? current.succeeded()
                : gone ? current.gone(attempt.at()) : current.failed(attempt.at(), settings.disableAfter());
        if (next.equals(current)) {
            return;
        }
        WebhookEndpoint saved = endpoints.save(next);
        if (saved.status() == EndpointStatus.DISABLED && current.status() != EndpointStatus.DISABLED) {
            auditor.record(PLATFORM, new EndpointDisabled(saved));
            LOG.warnf(
                    "webhook endpoint %s of organisation %s disabled (%s)",
                    saved.id(), saved.organisationId(), saved.disabledReason());
        }
    }

    private RetrySchedule schedule() {
        return settings.schedule();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
