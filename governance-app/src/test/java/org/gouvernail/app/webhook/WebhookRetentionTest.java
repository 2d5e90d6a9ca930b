package org.gouvernail.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.webhook.Delivery;
import org.gouvernail.domain.webhook.DeliveryAttempt;
import org.gouvernail.domain.webhook.DeliveryState;
import org.gouvernail.domain.webhook.EndpointUrl;
import org.gouvernail.domain.webhook.PublicEvents;
import org.gouvernail.domain.webhook.WebhookEndpoint;
import org.gouvernail.domain.webhook.WebhookEndpoint.EndpointSettings;
import org.gouvernail.domain.webhook.port.in.WebhookSubscriptions;
import org.gouvernail.domain.webhook.port.out.Deliveries;
import org.junit.jupiter.api.Test;

/**
 * Retention: events, deliveries and the delivery log older than the retention are deleted, with the
 * attempts of the deliveries; what is younger stays, whatever its state.
 */
@QuarkusTest
class WebhookRetentionTest {

    private static final String OWNER = "rhea";
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @Inject
    World world;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    Deliveries deliveries;

    @Inject
    OutboxWriter writer;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    IdGenerator ids;

    @Inject
    EntityManager entityManager;

    @Test
    void rowsOlderThanTheRetentionGoWithTheirAttemptsAndYoungerOnesStay() {
        OrganisationId organisation = world.association(OWNER);
        WebhookEndpoint endpoint = subscriptions
                .create(
                        World.caller(OWNER),
                        organisation,
                        new EndpointSettings(
                                EndpointUrl.parse("https://intranet.example.org/hook", false), null, null, null))
                .endpoint();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Delivery> old = delivered(organisation, endpoint, LONG_AGO, 3);
        List<Delivery> recent = delivered(organisation, endpoint, now, 2);
        assertThat(count("webhook_attempt", organisation)).isEqualTo(5);
        long events = count("outbox_event", organisation); // the test events, and those of the organisation's set-up

        int deleted = dispatcher.purgeBefore(now.minus(Duration.ofDays(90)));

        assertThat(deleted).as("3 deliveries and their 3 events").isEqualTo(6);
        assertThat(count("webhook_delivery", organisation)).isEqualTo(2);
        assertThat(count("webhook_attempt", organisation))
                .as("the log of the deleted deliveries went with them")
                .isEqualTo(2);
        assertThat(count("outbox_event", organisation))
                .as("the 3 old events went")
                .isEqualTo(events - 3);
        assertThat(ids("webhook_delivery", organisation))
                .containsExactlyInAnyOrderElementsOf(recent.stream()
                        .map(delivery -> delivery.id().toString())
                        .toList())
                .doesNotContainAnyElementsOf(
                        old.stream().map(delivery -> delivery.id().toString()).toList());
        assertThat(dispatcher.purgeBefore(now.minus(Duration.ofDays(90))))
                .as("nothing left to purge")
                .isZero();
    }

    /** {@code count} events that occurred at {@code at}, each delivered once (one attempt, 204). */
    private List<Delivery> delivered(OrganisationId organisation, WebhookEndpoint endpoint, Instant at, int count) {
        List<Delivery> scheduled = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                var event = PublicEvents.test(ids.next(), endpoint, at);
                writer.appendFannedOut(event);
                scheduled.add(new Delivery(
                        ids.next(),
                        organisation,
                        endpoint.id(),
                        event.id(),
                        event.type(),
                        DeliveryState.PENDING,
                        0,
                        at,
                        at,
                        null));
            }
            deliveries.schedule(scheduled);
        });
        String claim = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Delivery delivery : scheduled) {
                entityManager
                        .createNativeQuery("UPDATE webhook_delivery SET claim = ?1 WHERE id = ?2")
                        .setParameter(1, claim)
                        .setParameter(2, delivery.id().toString())
                        .executeUpdate();
                deliveries.complete(
                        delivery.id(),
                        claim,
                        new DeliveryAttempt(
                                ids.next(),
                                delivery.id(),
                                delivery.eventId(),
                                delivery.eventType(),
                                1,
                                at,
                                204,
                                3,
                                null,
                                ""),
                        Optional.empty(),
                        false);
            }
        });
        return scheduled;
    }

    private long count(String table, OrganisationId organisation) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE organisation_id = ?1")
                                .setParameter(1, organisation.value().toString())
                                .getSingleResult())
                        .longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(String table, OrganisationId organisation) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) entityManager
                .createNativeQuery("SELECT id FROM " + table + " WHERE organisation_id = ?1")
                .setParameter(1, organisation.value().toString())
                .getResultList());
    }
}
