package org.gouvernail.app.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.policy.port.in.UsagePolicies;
import org.gouvernail.domain.policy.port.in.UsagePolicies.NewPolicy;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of every usage-policy endpoint: a member of another organisation gets 404
 * (also for another organisation's tool or member named in a body or a query), a member without
 * the role gets 403, a request without token gets 401; always as problem+json.
 */
@QuarkusTest
class PolicyIsolationTest {

    private static Scene scene;
    private static String policy;
    private static String otherMember;
    private static String otherVersion;

    @Inject
    World world;

    @Inject
    UsagePolicies policies;

    @Inject
    OrganisationManagement organisations;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            policy = policies.create(
                            World.caller(World.ADMIN),
                            scene.organisation(),
                            new NewPolicy("Charte IA", null, null, "fr", null))
                    .policy()
                    .id()
                    .toString();
            otherVersion = policies.create(
                            World.caller(World.STRANGER),
                            scene.other(),
                            new NewPolicy("Charte", null, null, "fr", null))
                    .versions()
                    .get(0)
                    .id()
                    .toString();
            otherMember = organisations
                    .members(World.caller(World.STRANGER), scene.other(), PageRequest.first(5))
                    .items()
                    .get(0)
                    .id()
                    .toString();
        }
    }

    private static List<Call> everyPolicyCall(String org, String id) {
        return IsolationCalls.policies(org, id);
    }

    /** The calls that name no policy: they reach one's own organisation's lists. */
    private static boolean organisationWide(Call call) {
        return call.path().endsWith("/policies")
                || call.path().endsWith("/to-acknowledge")
                || call.path().contains("/policy-check");
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(everyPolicyCall(scene.org(), policy)).as("probes").hasSize(16);
        for (Call call : everyPolicyCall(scene.org(), policy)) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsPolicyIs404EvenUnderOnesOwnOrganisation() {
        List<Call> namingThePolicy = everyPolicyCall(scene.other().toString(), policy).stream()
                .filter(call -> !organisationWide(call))
                .toList();
        assertThat(namingThePolicy).as("probes").hasSize(12);
        for (Call call : namingThePolicy) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsAndChecksButGets403OnEveryChangeAndOnTheCoverage() {
        int coverage = 0;
        int acknowledgements = 0;
        int reads = 0;
        int changes = 0;
        for (Call call : everyPolicyCall(scene.org(), policy)) {
            if (call.path().endsWith("/acknowledgements") && call.reads()) {
                call.answers(403, "forbidden");
                coverage++;
            } else if (call.path().endsWith("/acknowledgements")) {
                call.answers(409, "version-not-published");
                acknowledgements++;
            } else if (call.reads()) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                changes++;
            }
        }
        assertThat(List.of(coverage, acknowledgements, reads, changes))
                .as("coverage, acknowledgements, reads, changes probed")
                .containsExactly(1, 1, 8, 6);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorGets403OnEveryChangeToAPolicy() {
        List<Call> changes = everyPolicyCall(scene.org(), policy).stream()
                .filter(call -> !call.reads() && !call.path().endsWith("/acknowledgements"))
                .toList();
        assertThat(changes).as("probes").hasSize(6);
        for (Call call : changes) {
            call.answers(403, "forbidden");
        }
        new Call(
                        "POST",
                        "/api/v1/organisations/" + scene.org() + "/policies/" + policy + "/versions/1/acknowledgements",
                        "{\"memberId\":\"" + scene.viewer().id() + "\"}")
                .answers(403, "forbidden");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void anotherOrganisationsToolOrMemberNamedInABodyOrAQueryIs404() {
        String base = "/api/v1/organisations/" + scene.org();
        String foreignRule = "[{\"subject\":\"TOOL\",\"toolId\":\""
                + scene.otherTool().id() + "\",\"verdict\":\"ALLOWED\",\"rationale\":\"x\"}]";
        new Call("POST", base + "/policies", "{\"title\":\"Charte\",\"rules\":" + foreignRule + "}")
                .answers(404, "not-found");
        new Call("PATCH", base + "/policies/" + policy + "/versions/1", "{\"rules\":" + foreignRule + "}")
                .answers(404, "not-found");
        new Call("GET", base + "/policy-check?tool=" + scene.otherTool().id() + "&dataCategory=PUBLIC", null)
                .answers(404, "not-found");
        new Call(
                        "POST",
                        base + "/policies/" + policy + "/versions/1/acknowledgements",
                        "{\"memberId\":\"" + otherMember + "\"}")
                .answers(404, "not-found");
        new Call(
                        "POST",
                        base + "/meetings",
                        "{\"date\":\"2026-12-03\",\"agenda\":[{\"title\":\"Charte\",\"policyVersionId\":\""
                                + otherVersion + "\"}],\"attendees\":[]}")
                .answers(404, "not-found");
        given().when()
                .get(base + "/policies/" + policy + "/versions/1")
                .then()
                .statusCode(200)
                .body("rules.size()", equalTo(0));
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        List<Call> calls = new ArrayList<>(everyPolicyCall(scene.org(), policy));
        calls.add(new Call("GET", "/api/v1/reference/policy-templates", null));
        calls.add(new Call("GET", "/api/v1/reference/policy-templates/small-local-association", null));
        assertThat(calls).as("probes").hasSize(18);
        for (Call call : calls) {
            call.answers(401, "unauthorized");
        }
    }
}
