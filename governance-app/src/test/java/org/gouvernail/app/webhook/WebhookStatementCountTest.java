package org.gouvernail.app.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.gouvernail.domain.webhook.port.out.Outbox;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard: the webhook lists cost the same number of statements with one row and with
 * many (20 endpoints, the most an organisation may have; 200 deliveries and attempts).
 */
@QuarkusTest
@TestSecurity(user = WebhookStatementCountTest.OWNER)
class WebhookStatementCountTest {

    static final String OWNER = "whitney";

    @Inject
    World world;

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    Deliveries deliveries;

    @Inject
    Outbox outbox;

    @Inject
    OutboxWriter writer;

    @Inject
    IdGenerator ids;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager entityManager;

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        given().when().get(path).then().statusCode(200);
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    /** An organisation with {@code endpoints} endpoints, the first with {@code rows} deliveries of one attempt each. */
    private String organisationWith(int endpoints, int rows) {
        OrganisationId organisation = world.association(OWNER);
        EndpointSettings settings =
                new EndpointSettings(EndpointUrl.parse("https://intranet.example.org/hook", false), null, null, null);
        List<WebhookEndpoint> created = new ArrayList<>();
        for (int i = 0; i < endpoints; i++) {
            created.add(subscriptions
                    .create(World.caller(OWNER), organisation, settings)
                    .endpoint());
        }
        WebhookEndpoint first = created.get(0);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String claim = UUID.randomUUID().toString();
        List<Delivery> scheduled = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < rows; i++) {
                var event = PublicEvents.test(ids.next(), first, now);
                writer.appendFannedOut(event);
                scheduled.add(new Delivery(
                        ids.next(),
                        organisation,
                        first.id(),
                        event.id(),
                        event.type(),
                        DeliveryState.PENDING,
                        0,
                        now.plusSeconds(3600),
                        now,
                        null));
            }
            deliveries.schedule(scheduled);
        });
        QuarkusTransaction.requiringNew().run(() -> {
            for (Delivery delivery : scheduled) {
                // stamped as if claimed, then completed: the attempt is what the log lists
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
                                now,
                                204,
                                3,
                                null,
                                ""),
                        Optional.empty(),
                        false);
            }
        });
        return "/api/v1/organisations/" + organisation + "/webhook-endpoints/" + first.id();
    }

    @Test
    void theWebhookListsCostTheSameWithOneRowAndWithMany() throws java.io.IOException {
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        for (int[] size : new int[][] {{1, 1}, {20, 200}}) {
            String endpoint = organisationWith(size[0], size[1]);
            String list = endpoint.substring(0, endpoint.lastIndexOf('/'));
            counts.computeIfAbsent("endpoints", key -> new ArrayList<>()).add(statements(list + "?limit=200"));
            counts.computeIfAbsent("deliveries", key -> new ArrayList<>())
                    .add(statements(endpoint + "/deliveries?limit=200"));
            counts.computeIfAbsent("attempts", key -> new ArrayList<>())
                    .add(statements(endpoint + "/attempts?limit=200"));
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "webhook-statements.txt"), counts.toString());
        counts.forEach((list, bySize) -> assertThat(bySize.stream().distinct())
                .as("statements of the %s list with one row and with many: %s", list, bySize)
                .hasSize(1));
        assertThat(counts.get("deliveries").get(0))
                .as("deliveries: membership, endpoint, page")
                .isLessThanOrEqualTo(4);
    }
}
