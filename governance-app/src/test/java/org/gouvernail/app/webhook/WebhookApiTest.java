package org.gouvernail.app.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.PessimisticLockException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.app.webhook.Receiver.Received;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.port.in.ToolInventory;
import org.gouvernail.domain.webhook.port.out.Deliveries;
import org.gouvernail.domain.webhook.port.out.Outbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End-to-end webhooks: endpoints created through the API, events from real changes, dispatchers
 * run against MariaDB and a real HTTP receiver that verifies every signature with a verifier
 * written from the Standard Webhooks specification.
 */
@QuarkusTest
@TestSecurity(user = World.ADMIN)
class WebhookApiTest {

    private static Receiver receiver;

    @Inject
    World world;

    @Inject
    ToolInventory inventory;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookRepairs repairs;

    @Inject
    Deliveries deliveries;

    @Inject
    Outbox outbox;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new Receiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    private static String endpoints(Scene scene) {
        return "/api/v1/organisations/" + scene.org() + "/webhook-endpoints";
    }

    private static ExtractableResponse<Response> create(Scene scene, String url, String types) {
        return given().contentType("application/json")
                .body("{\"url\":\"" + url + "\",\"description\":\"Intranet\",\"eventTypes\":" + types + "}")
                .when()
                .post(endpoints(scene))
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract();
    }

    /** Runs the dispatcher until {@code done}, as the background loop would, for at most 20 s. */
    private void dispatchUntil(BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("dispatched in time").isBefore(deadline);
            if (dispatcher.runOnce() == 0) {
                Thread.sleep(50);
            }
        }
    }

    private static void verifyAll(List<Received> requests, String... secrets) {
        for (Received request : requests) {
            for (String secret : secrets) {
                assertThat(SpecVerifier.verifies(
                                secret, request.id(), request.timestamp(), request.body(), request.signature()))
                        .as("signature of %s verifies with the secret", request.id())
                        .isTrue();
            }
        }
    }

    @Test
    void aDeliveryThatFailsTwiceArrivesOnTheThirdTryWithTheSameWebhookId() throws Exception {
        Scene scene = world.scene();
        String path = "/third-try";
        ExtractableResponse<Response> created = create(scene, receiver.url(path), "[\"tool.declared\"]");
        String secret = created.path("secret");
        String endpoint = created.path("id");
        receiver.answer(path, 500, 0);
        receiver.answer(path, 503, 1);

        AiTool tool = inventory.declare(World.caller(World.CONTRIBUTOR), scene.organisation(), World.chatGpt());
        dispatchUntil(() -> receiver.at(path).size() >= 3);

        List<Received> requests = receiver.at(path);
        assertThat(requests).hasSize(3);
        assertThat(requests.stream().map(Received::id).distinct()).hasSize(1);
        verifyAll(requests, secret);
        JsonPath body = JsonPath.from(requests.get(2).body());
        assertThat(body.getString("type")).isEqualTo("tool.declared");
        assertThat(body.getString("id")).isEqualTo(requests.get(0).id());
        assertThat(body.getString("data.organisationId")).isEqualTo(scene.org());
        assertThat(body.getString("data.subject.id")).isEqualTo(tool.id().toString());
        String self = body.getString("data.links.self");
        assertThat(self).isEqualTo("/api/v1/organisations/" + scene.org() + "/tools/" + tool.id());
        assertThat(requests.get(2).body()).doesNotContain(World.CONTRIBUTOR).doesNotContain("ChatGPT");
        given().when().get(self).then().statusCode(200);
        assertThat(Long.parseLong(requests.get(2).timestamp())
                        - Long.parseLong(requests.get(1).timestamp()))
                .as("Retry-After: 1 honoured")
                .isGreaterThanOrEqualTo(1);

        String log = given().when()
                .get(endpoints(scene) + "/" + endpoint + "/attempts")
                .then()
                .statusCode(200)
                .body("items.status", equalTo(List.of(204, 503, 500)))
                .body("items.attempt", equalTo(List.of(3, 2, 1)))
                .body("items[1].response", equalTo("answer 503"))
                .extract()
                .asString();
        String delivered = given().when()
                .get(endpoints(scene) + "/" + endpoint + "/deliveries")
                .then()
                .statusCode(200)
                .body("items[0].state", equalTo("SUCCEEDED"))
                .body("items[0].attempts", equalTo(3))
                .body("items[0].eventId", equalTo(requests.get(0).id()))
                .extract()
                .asString();
        // the exchanges of this test, for the walk-through of docs/api.md
        Received third = requests.get(2);
        java.nio.file.Files.writeString(
                java.nio.file.Path.of("target", "webhook-walkthrough.txt"),
                String.join(
                        "\n\n",
                        "POST " + endpoints(scene) + " → " + created.statusCode() + " Location: "
                                + created.header("Location") + " ETag: " + created.header("ETag") + "\n"
                                + created.asString(),
                        "received: webhook-id: " + third.id() + "\nwebhook-timestamp: " + third.timestamp()
                                + "\nwebhook-signature: " + third.signature() + "\n" + third.body(),
                        "attempts: " + log,
                        "deliveries: " + delivered));
    }

    @Test
    void afterARotationBothSecretsSignEveryDeliveryForADay() throws Exception {
        Scene scene = world.scene();
        String path = "/rotation";
        ExtractableResponse<Response> created = create(scene, receiver.url(path), "[]");
        String old = created.path("secret");
        String endpoint = created.path("id");
        ExtractableResponse<Response> rotated = given().header("If-Match", created.header("ETag"))
                .when()
                .post(endpoints(scene) + "/" + endpoint + "/rotate-secret")
                .then()
                .statusCode(200)
                .body("secret", startsWith("whsec_"))
                .extract();
        String fresh = rotated.path("secret");
        assertThat(fresh).isNotEqualTo(old);
        assertThat(Instant.parse(rotated.<String>path("previousSecretValidUntil")))
                .isAfter(Instant.now().plus(Duration.ofHours(23)));
        given().when()
                .get(endpoints(scene) + "/" + endpoint)
                .then()
                .statusCode(200)
                .body("secret", equalTo(null));

        given().when().post(endpoints(scene) + "/" + endpoint + "/test").then().statusCode(202);
        dispatchUntil(() -> receiver.at(path).size() >= 1);

        Received request = receiver.at(path).get(0);
        assertThat(request.signature().split(" ")).hasSize(2);
        verifyAll(List.of(request), old, fresh);
        assertThat(JsonPath.from(request.body()).getString("type")).isEqualTo("webhook.test");
    }

    @Test
    void aGoneAnswerDisablesTheEndpointAndTellsItsAdmins() throws Exception {
        Scene scene = world.scene();
        String path = "/gone";
        String endpoint = create(scene, receiver.url(path), "[]").path("id");
        receiver.answer(path, 410, 0);

        given().when().post(endpoints(scene) + "/" + endpoint + "/test").then().statusCode(202);
        dispatchUntil(() -> receiver.at(path).size() >= 1);

        given().when()
                .get(endpoints(scene) + "/" + endpoint)
                .then()
                .statusCode(200)
                .body("status", equalTo("DISABLED"))
                .body("disabledReason", equalTo("gone"));
        given().when()
                .get(endpoints(scene) + "/" + endpoint + "/deliveries")
                .then()
                .body("items[0].state", equalTo("FAILED"))
                .body("items[0].attempts", equalTo(1));
        assertThat(repairs.dueIn(scene.organisation(), Instant.now(), 10))
                .extracting(item -> item.subjectId().toString())
                .containsExactly(endpoint);
        given().queryParam("limit", 200)
                .when()
                .get("/api/v1/organisations/" + scene.org() + "/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", hasItems("webhook-endpoint.disabled", "webhook-endpoint.created"));
        // a disabled endpoint receives nothing more
        given().when().post(endpoints(scene) + "/" + endpoint + "/test").then().statusCode(202);
        dispatcher.runOnce();
        assertThat(receiver.at(path)).hasSize(1);
    }

    @Test
    void aReplaySendsTheSameEventWithTheSameWebhookId() throws Exception {
        Scene scene = world.scene();
        String path = "/replay";
        ExtractableResponse<Response> created = create(scene, receiver.url(path), "[\"tool.declared\"]");
        String endpoint = created.path("id");
        Instant before = Instant.now();
        inventory.declare(World.caller(World.CONTRIBUTOR), scene.organisation(), World.chatGpt());
        dispatchUntil(() -> receiver.at(path).size() >= 1);
        String delivery = given().when()
                .get(endpoints(scene) + "/" + endpoint + "/deliveries")
                .then()
                .extract()
                .path("items[0].id");

        given().when()
                .post(endpoints(scene) + "/" + endpoint + "/deliveries/" + delivery + "/replay")
                .then()
                .statusCode(202)
                .body("state", equalTo("PENDING"));
        dispatchUntil(() -> receiver.at(path).size() >= 2);
        given().contentType("application/json")
                .body("{\"from\":\"" + before + "\",\"to\":\"" + Instant.now().plusSeconds(1) + "\"}")
                .when()
                .post(endpoints(scene) + "/" + endpoint + "/replay")
                .then()
                .statusCode(202)
                .body("deliveries", equalTo(1));
        dispatchUntil(() -> receiver.at(path).size() >= 3);

        assertThat(receiver.at(path).stream().map(Received::id).distinct()).hasSize(1);
        String secret = created.path("secret");
        verifyAll(receiver.at(path), secret);
    }

    @Test
    void aClaimThatLosesAConflictLeavesItsDeliveriesToTheNextRound() {
        Scene scene = world.scene();
        String path = "/lost-claim";
        create(scene, receiver.url(path), "[\"tool.declared\"]");
        inventory.declare(World.caller(World.CONTRIBUTOR), scene.organisation(), World.chatGpt());
        Deliveries deadlocked = (Deliveries) Proxy.newProxyInstance(
                Deliveries.class.getClassLoader(), new Class<?>[] {Deliveries.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("claim")) {
                        // what MariaDB answers the loser of a deadlock, as Hibernate wraps it (CI, two dispatchers)
                        throw new PessimisticLockException(new SQLException(
                                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
                    }
                    try {
                        return method.invoke(deliveries, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        dispatcher.twin(deadlocked).runOnce();
        assertThat(receiver.at(path))
                .as("nothing sent by the round that lost its claim")
                .isEmpty();

        for (int round = 0; round < 20 && receiver.at(path).isEmpty(); round++) {
            dispatcher.runOnce();
        }
        assertThat(receiver.at(path)).as("sent by a later round").hasSize(1);
    }

    @Test
    void twoDispatchersDeliverEveryEventExactlyOnce() throws Exception {
        Scene scene = world.scene();
        String path = "/exactly-once";
        create(scene, receiver.url(path), "[\"tool.declared\"]");
        int events = 40;
        for (int i = 0; i < events; i++) {
            inventory.declare(World.caller(World.CONTRIBUTOR), scene.organisation(), World.chatGpt());
        }
        List<WebhookDispatcher> instances = List.of(dispatcher, dispatcher.twin());
        ExecutorService threads = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (WebhookDispatcher instance : instances) {
                running.add(threads.submit(() -> {
                    Instant deadline = Instant.now().plusSeconds(30);
                    while (receiver.at(path).size() < events && Instant.now().isBefore(deadline)) {
                        instance.runOnce();
                    }
                    for (int round = 0; round < 3; round++) {
                        instance.runOnce();
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }
        List<Received> requests = receiver.at(path);
        Set<String> distinct = new HashSet<>(requests.stream().map(Received::id).toList());
        assertThat(distinct).as("every event arrived").hasSize(events);
        assertThat(requests).as("none twice").hasSize(events);
    }

    @Test
    void aChangeDoesNotWaitForADispatcherThatIsFanningOutEvents() throws Exception {
        Scene scene = world.scene();
        inventory.declare(World.caller(World.CONTRIBUTOR), scene.organisation(), World.chatGpt());
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // a dispatcher's fan-out transaction holds its claim (every event not yet fanned out) ...
            Future<Integer> holder =
                    thread.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                        int events = outbox.claimToFanOut(10_000).size();
                        claimed.countDown();
                        release.await(10, TimeUnit.SECONDS);
                        return events;
                    }));
            assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
            // ... meanwhile a change appends its event: a lock on the gap where new events go would
            // make it wait for the dispatcher's commit (here 10 s)
            long started = System.nanoTime();
            inventory.declare(World.caller(World.CONTRIBUTOR), scene.organisation(), World.chatGpt());
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            release.countDown();
            assertThat(holder.get()).as("events claimed").isPositive();
            assertThat(waited).as("a change while a fan-out is in progress").isLessThan(Duration.ofSeconds(5));
        } finally {
            release.countDown();
            thread.shutdownNow();
        }
    }

    @Test
    void aDeliveryClaimedByAnInstanceThatDiedIsSentOnceItsLeaseEnds() throws Exception {
        Scene scene = world.scene();
        String path = "/after-a-crash";
        String endpoint = create(scene, receiver.url(path), "[]").path("id");
        given().when().post(endpoints(scene) + "/" + endpoint + "/test").then().statusCode(202);
        // an instance claims the delivery with a 2-second lease, then dies before sending it
        Instant claimedAt = Instant.now();
        List<String> claimed = QuarkusTransaction.requiringNew()
                .call(() -> deliveries.claim(claimedAt, claimedAt.plusSeconds(2), "instance-that-died", 200).stream()
                        .filter(delivery -> delivery.endpointId().toString().equals(endpoint))
                        .map(delivery -> delivery.id().toString())
                        .toList());
        assertThat(claimed).hasSize(1);

        dispatcher.runOnce();
        assertThat(receiver.at(path)).as("nobody sends a leased delivery").isEmpty();
        dispatchUntil(() -> receiver.at(path).size() >= 1);
        assertThat(Instant.now()).isAfterOrEqualTo(claimedAt.plusSeconds(2));
        dispatcher.runOnce();
        assertThat(receiver.at(path)).hasSize(1);
        given().when()
                .get(endpoints(scene) + "/" + endpoint + "/deliveries")
                .then()
                .body("items[0].id", equalTo(claimed.get(0)))
                .body("items[0].state", equalTo("SUCCEEDED"))
                .body("items[0].attempts", equalTo(1));
    }

    @Test
    void anEndpointOnAForbiddenAddressIsRefusedAtSendTime() throws Exception {
        Scene scene = world.scene();
        String metadata =
                create(scene, "http://169.254.169.254/latest/meta-data", "[]").path("id");
        String otherLoopback = create(scene, "http://127.0.0.2:" + receiver.port() + "/never", "[]")
                .path("id");
        for (String endpoint : List.of(metadata, otherLoopback)) {
            given().when()
                    .post(endpoints(scene) + "/" + endpoint + "/test")
                    .then()
                    .statusCode(202);
        }
        dispatchUntil(() -> attempts(scene, metadata) > 0 && attempts(scene, otherLoopback) > 0);
        for (String endpoint : List.of(metadata, otherLoopback)) {
            given().when()
                    .get(endpoints(scene) + "/" + endpoint + "/attempts")
                    .then()
                    .body("items[0].status", equalTo(null))
                    .body("items[0].error", org.hamcrest.Matchers.containsString("SSRF guard"));
        }
        assertThat(receiver.at("/never")).isEmpty();
    }

    private static int attempts(Scene scene, String endpoint) {
        return given().when()
                .get(endpoints(scene) + "/" + endpoint + "/attempts")
                .then()
                .extract()
                .jsonPath()
                .getList("items")
                .size();
    }

    @Test
    void anEndpointNeedsAnHttpsUrlAndKnownTypesAndAnIfMatchToChange() {
        Scene scene = world.scene();
        given().contentType("application/json")
                .body("{\"url\":\"ftp://intranet.example.org/hook\"}")
                .when()
                .post(endpoints(scene))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("url"));
        given().contentType("application/json")
                .body("{\"url\":\"https://intranet.example.org/hook\",\"eventTypes\":[\"tool.exploded\"]}")
                .when()
                .post(endpoints(scene))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("eventTypes"));
        ExtractableResponse<Response> created = create(scene, "https://intranet.example.org/hook", "[]");
        String one = endpoints(scene) + "/" + created.path("id");
        given().contentType("application/merge-patch+json")
                .body("{\"status\":\"PAUSED\"}")
                .when()
                .patch(one)
                .then()
                .statusCode(428);
        String etag = given().contentType("application/merge-patch+json")
                .header("If-Match", created.header("ETag"))
                .body("{\"status\":\"PAUSED\",\"eventTypes\":[\"decision.recorded\"]}")
                .when()
                .patch(one)
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("eventTypes", equalTo(List.of("decision.recorded")))
                .extract()
                .header("ETag");
        given().header("If-Match", created.header("ETag"))
                .when()
                .delete(one)
                .then()
                .statusCode(412);
        given().header("If-Match", etag).when().delete(one).then().statusCode(204);
        given().when().get(one).then().statusCode(404);
    }

    @Test
    void theReferenceListsEveryTypeInThreeLanguagesAndTheContractItsWebhooks() {
        given().when()
                .get("/api/v1/reference/event-types")
                .then()
                .statusCode(200)
                .body(
                        "items.type",
                        hasItems(
                                "tool.declared",
                                "tool.status-changed",
                                "assessment.completed",
                                "risk.level-changed",
                                "policy.version-published",
                                "acknowledgement.due",
                                "approval-request.submitted",
                                "approval-request.decided",
                                "decision.recorded",
                                "meeting.scheduled",
                                "webhook.test"))
                .body("items.find { it.type == 'tool.declared' }.description.nl", startsWith("Een AI-tool"))
                .body("payloadSchema.required", hasItems("id", "type", "timestamp", "data"));
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", startsWith("3.1"))
                .body(
                        "webhooks.'decision.recorded'.post.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/WebhookEventPayload"));
    }
}
