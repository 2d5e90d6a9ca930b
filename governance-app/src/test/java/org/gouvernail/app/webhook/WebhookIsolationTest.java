package org.gouvernail.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.webhook.Delivery;
import org.gouvernail.domain.webhook.EndpointUrl;
import org.gouvernail.domain.webhook.WebhookEndpoint;
import org.gouvernail.domain.webhook.WebhookEndpoint.EndpointSettings;
import org.gouvernail.domain.webhook.port.in.WebhookSubscriptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the webhook endpoints, every endpoint: a member of another organisation gets
 * 404, every member but an ADMIN gets 403 (reads too: the log shows what the intranet answered),
 * no token gets 401; another organisation's endpoint or delivery is 404 under one's own.
 */
@QuarkusTest
class WebhookIsolationTest {

    private static Scene scene;
    private static WebhookEndpoint endpoint;
    private static Delivery delivery;
    private static WebhookEndpoint strangers;

    @Inject
    World world;

    @Inject
    WebhookSubscriptions subscriptions;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            EndpointSettings settings = new EndpointSettings(
                    EndpointUrl.parse("https://intranet.example.org/hook", false), null, null, null);
            endpoint = subscriptions
                    .create(World.caller(World.ADMIN), scene.organisation(), settings)
                    .endpoint();
            delivery = subscriptions.test(World.caller(World.ADMIN), scene.organisation(), endpoint.id());
            strangers = subscriptions
                    .create(World.caller(World.STRANGER), scene.other(), settings)
                    .endpoint();
        }
    }

    private static List<Call> sceneCalls() {
        return IsolationCalls.webhooks(
                scene.org(), endpoint.id().toString(), delivery.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(sceneCalls()).as("probes").hasSize(11);
        for (Call call : sceneCalls()) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsEndpointOrDeliveryIs404UnderOnesOwnOrganisation() {
        String own = scene.other().toString();
        List<Call> calls = IsolationCalls.webhooks(
                        own, endpoint.id().toString(), delivery.id().toString())
                .stream()
                .filter(call -> call.path().contains(endpoint.id().toString()))
                .toList();
        assertThat(calls).as("probes naming the foreign endpoint").hasSize(9);
        for (Call call : calls) {
            call.answers(404, "not-found");
        }
        new Call(
                        "POST",
                        "/api/v1/organisations/" + own + "/webhook-endpoints/" + strangers.id() + "/deliveries/"
                                + delivery.id() + "/replay",
                        null)
                .answers(404, "not-found");
        assertThat(subscriptions
                        .endpoints(World.caller(World.STRANGER), scene.other(), PageRequest.first(50))
                        .items())
                .extracting(WebhookEndpoint::id)
                .containsExactly(strangers.id());
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theCommitteeGets403OnEveryEndpoint() {
        for (Call call : sceneCalls()) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerGets403OnEveryEndpoint() {
        for (Call call : sceneCalls()) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        for (Call call : sceneCalls()) {
            call.answers(401, "unauthorized");
        }
        new Call("GET", "/api/v1/reference/event-types", null).answers(401, "unauthorized");
    }
}
