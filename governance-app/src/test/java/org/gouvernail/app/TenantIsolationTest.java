package org.gouvernail.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation, for every endpoint that reads or changes an organisation's data: a member
 * of another organisation gets 404 (existence never revealed), a member without the role gets
 * 403, a request without token gets 401; always as problem+json.
 */
@QuarkusTest
class TenantIsolationTest {

    private static Scene scene;

    @Inject
    World world;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static List<Call> everyTenantCall(String org, String member, String tool) {
        return IsolationCalls.tenant(org, member, tool);
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        List<Call> calls = everyTenantCall(
                scene.org(), scene.viewer().id().toString(), scene.tool().id().toString());
        assertThat(calls).as("probes").hasSize(17);
        for (Call call : calls) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsRecordsAre404EvenUnderOnesOwnOrganisation() {
        String ownOrg = scene.other().toString();
        String base = "/api/v1/organisations/" + ownOrg;
        String foreignTool = scene.tool().id().toString();
        String foreignMember = scene.viewer().id().toString();
        for (Call call : List.of(
                new Call("GET", base + "/tools/" + foreignTool, null),
                new Call("PATCH", base + "/tools/" + foreignTool, "{\"vendor\":\"Autre\"}"),
                new Call("DELETE", base + "/tools/" + foreignTool, null),
                new Call("POST", base + "/tools/" + foreignTool + "/retire", null),
                new Call("GET", base + "/members/" + foreignMember, null),
                new Call("PATCH", base + "/members/" + foreignMember, "{\"displayName\":\"X\"}"),
                new Call("DELETE", base + "/members/" + foreignMember, null))) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerGets403OnEveryChange() {
        List<Call> calls = everyTenantCall(
                scene.org(), scene.viewer().id().toString(), scene.tool().id().toString());
        int reads = 0;
        int changes = 0;
        for (Call call : calls) {
            if (call.method().equals("GET")) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                changes++;
            }
        }
        assertThat(reads).as("reads probed").isEqualTo(7);
        assertThat(changes).as("changes probed").isEqualTo(10);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorGets403OnTheAuditTrailAndOnAdministration() {
        String base = "/api/v1/organisations/" + scene.org();
        String member = scene.viewer().id().toString();
        for (Call call : List.of(
                new Call("GET", base + "/audit-events", null),
                new Call("PATCH", base, "{\"name\":\"Renamed\"}"),
                new Call(
                        "POST",
                        base + "/members",
                        "{\"displayName\":\"Zoé\",\"personType\":\"VOLUNTEER\",\"roles\":[\"VIEWER\"]}"),
                new Call("PATCH", base + "/members/" + member, "{\"displayName\":\"Renamed\"}"),
                new Call("DELETE", base + "/members/" + member, null),
                new Call("POST", base + "/tools/" + scene.tool().id() + "/start-review", null),
                new Call("POST", base + "/tools/" + scene.tool().id() + "/retire", null),
                new Call(
                        "POST", base + "/tools/import?dryRun=true", IsolationCalls.SHEET, "text/csv; charset=UTF-8"))) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        List<Call> calls = new java.util.ArrayList<>(everyTenantCall(
                scene.org(), scene.viewer().id().toString(), scene.tool().id().toString()));
        calls.add(new Call("GET", "/api/v1/me", null));
        calls.add(new Call("GET", "/api/v1/organisations", null));
        calls.add(new Call(
                "POST",
                "/api/v1/organisations",
                "{\"kind\":\"ASSOCIATION\",\"name\":\"X\",\"slug\":\"x\",\"country\":\"BE\"}"));
        assertThat(calls).as("probes").hasSize(20);
        for (Call call : calls) {
            call.answers(401, "unauthorized");
        }
    }
}
