package org.gouvernail.app.risk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskDraft;
import org.gouvernail.domain.risk.port.in.RiskRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the risk register, for every endpoint: a member of another organisation
 * gets 404 (also for another organisation's tool, member, risk or action named inside their own
 * organisation), a member without the role gets 403, a request without token gets 401.
 */
@QuarkusTest
class RiskIsolationTest {

    private static Scene scene;
    private static Risk risk;
    private static Risk strangersRisk;
    private static MemberId committee;

    @Inject
    World world;

    @Inject
    RiskRegister register;

    @Inject
    OrganisationManagement organisations;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            risk = register.raise(
                    World.caller(World.COMMITTEE),
                    scene.organisation(),
                    new RiskDraft(
                            "R02",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            Set.of(scene.tool().id()),
                            null,
                            null,
                            true));
            strangersRisk = register.raise(
                    World.caller(World.STRANGER),
                    scene.other(),
                    new RiskDraft(
                            "R05",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            Set.of(scene.otherTool().id()),
                            null,
                            null,
                            true));
            committee = organisations.me(World.caller(World.COMMITTEE)).stream()
                    .filter(mine -> mine.organisation().id().equals(scene.organisation()))
                    .findFirst()
                    .orElseThrow()
                    .membership()
                    .id();
        }
    }

    private static String risks(String org) {
        return "/api/v1/organisations/" + org + "/risks";
    }

    /** Every endpoint of the register, on one risk and one of its actions. */
    private static List<Call> everyRiskCall(String org, String riskId, String actionId) {
        return IsolationCalls.risks(org, riskId, actionId);
    }

    private static List<Call> sceneCalls() {
        return everyRiskCall(
                scene.org(), risk.id().toString(), risk.actions().get(0).id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(sceneCalls()).as("probes").hasSize(17);
        for (Call call : sceneCalls()) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsRisksActionsToolsAndMembersAre404EvenUnderOnesOwnOrganisation() {
        String own = scene.other().toString();
        String ownRisk = risks(own) + "/" + strangersRisk.id();
        String ownAction =
                ownRisk + "/actions/" + strangersRisk.actions().get(0).id();
        List<Call> calls = new ArrayList<>();
        for (Call call : everyRiskCall(
                own, risk.id().toString(), risk.actions().get(0).id().toString())) {
            if (call.path().contains(risk.id().toString())) {
                calls.add(call);
            }
        }
        String foreignTool = scene.tool().id().toString();
        String foreignMember = scene.viewer().id().toString();
        calls.add(new Call("GET", ownRisk + "/actions/" + risk.actions().get(0).id(), null));
        calls.add(
                new Call("PATCH", ownRisk + "/actions/" + risk.actions().get(0).id(), "{\"status\":\"DONE\"}"));
        calls.add(
                new Call("DELETE", ownRisk + "/actions/" + risk.actions().get(0).id(), null));
        calls.add(new Call("POST", risks(own), "{\"fromCatalogue\":\"R01\",\"toolIds\":[\"" + foreignTool + "\"]}"));
        calls.add(new Call("POST", risks(own), "{\"fromCatalogue\":\"R01\",\"ownerId\":\"" + foreignMember + "\"}"));
        calls.add(new Call(
                "PATCH",
                ownRisk,
                "{\"toolIds\":[\""
                        + strangersRisk.details().toolIds().iterator().next() + "\",\"" + foreignTool + "\"]}"));
        calls.add(new Call("PATCH", ownRisk, "{\"ownerId\":\"" + foreignMember + "\"}"));
        calls.add(
                new Call("POST", ownRisk + "/actions", "{\"title\":\"Action\",\"ownerId\":\"" + foreignMember + "\"}"));
        calls.add(new Call("PATCH", ownAction, "{\"ownerId\":\"" + foreignMember + "\"}"));
        assertThat(calls)
                .as("probes: the 13 calls naming the risk, then 9 naming foreign records")
                .hasSize(22);
        for (Call call : calls) {
            call.answers(404, "not-found");
        }
        given().queryParam("toolId", foreignTool)
                .when()
                .get(risks(own))
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsEverythingButGets403OnEveryChange() {
        int reads = 0;
        int changes = 0;
        for (Call call : sceneCalls()) {
            if (call.method().equals("GET")) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                changes++;
            }
        }
        assertThat(reads).as("reads probed").isEqualTo(6);
        assertThat(changes).as("changes probed").isEqualTo(11);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorWhoDoesNotOwnTheRiskMayRaiseRisksButNotChangeThisOne() {
        List<Call> changesToTheRisk = sceneCalls().stream()
                .filter(call -> !call.method().equals("GET")
                        && !(call.method().equals("POST") && call.path().equals(risks(scene.org()))))
                .toList();
        assertThat(changesToTheRisk).as("probes").hasSize(10);
        for (Call call : changesToTheRisk) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theDataReferentCannotAcceptARisk() {
        new Call("POST", risks(scene.org()) + "/" + risk.id() + "/accept", "{\"rationale\":\"Faible\"}")
                .answers(403, "forbidden");
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aForeignOwnerIsRefusedToTheCommitteeToo() {
        given().contentType("application/json")
                .body("{\"title\":\"X\",\"ownerId\":\"" + strangersRisk.raisedBy() + "\"}")
                .when()
                .post(risks(scene.org()) + "/" + risk.id() + "/actions")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://gouvernail.org/problems/not-found"));
        given().contentType("application/json")
                .body("{\"title\":\"X\",\"ownerId\":\"" + committee + "\"}")
                .when()
                .post(risks(scene.org()) + "/" + strangersRisk.id() + "/actions")
                .then()
                .statusCode(404);
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        List<Call> calls = new ArrayList<>(sceneCalls());
        calls.add(new Call("GET", "/api/v1/reference/risk-catalogue", null));
        assertThat(calls).as("probes").hasSize(18);
        for (Call call : calls) {
            call.answers(401, "unauthorized");
        }
    }
}
