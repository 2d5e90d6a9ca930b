package org.gouvernail.app.readiness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The roadmap creates each object the issue lists (a declare-your-tools call, a policy from a template, a
 * committee charter, a literacy requirement, a first training session), once each whatever the number of
 * acceptances, and reuses the starter modules the association already copied instead of copying them twice.
 */
@QuarkusTest
@TestSecurity(user = World.ADMIN)
class RoadmapObjectsApiTest {

    private static final Logger LOG = Logger.getLogger(RoadmapObjectsApiTest.class);

    @Inject
    World world;

    private Scene scene;

    @BeforeEach
    void setUp() {
        scene = world.scene();
        given().contentType("application/json")
                .body("{\"staff\":4,\"volunteers\":35,\"beneficiaryFacing\":true,\"vulnerableGroups\":false}")
                .when()
                .put(base() + "/governance-profile")
                .then()
                .statusCode(200);
    }

    private String base() {
        return "/api/v1/organisations/" + scene.org();
    }

    private JsonPath accept(String action, boolean created) {
        ValidatableResponse answer = given().when()
                .post(base() + "/roadmap/" + action + "/accept")
                .then()
                .statusCode(200)
                .body("created", equalTo(created))
                .body("item.action", equalTo(action))
                .body("item.status", equalTo("IN_PROGRESS"));
        if (created) {
            LOG.info("WALKTHROUGH request: POST " + base() + "/roadmap/" + action + "/accept");
            LOG.info("WALKTHROUGH answer: " + answer.extract().statusCode() + " "
                    + answer.extract().asString());
        }
        return answer.extract().jsonPath();
    }

    private int count(String path) {
        return given().when()
                .get(base() + path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .size();
    }

    @Test
    void theLiteracyRequirementReusesTheStarterModuleAlreadyCopiedAndIsCreatedOnce() {
        JsonPath copied = given().contentType("application/json")
                .body("{\"fromCatalogue\":\"how-language-models-work\"}")
                .when()
                .post(base() + "/training-modules")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(copied.getString("code")).isEqualTo("IA-101");
        String ownModule = copied.getString("id");

        String requirement = accept("LITERACY_REQUIREMENT", true).getString("item.createdId");
        JsonPath terms = given().when()
                .get(base() + "/literacy-requirements/" + requirement)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("terms.trigger", equalTo("ONBOARDING"))
                .body("terms.level", equalTo("MANDATORY"))
                .body("terms.dueWithinDays", equalTo(60))
                .body("terms.refreshMonths", equalTo(36))
                .extract()
                .jsonPath();
        assertThat(terms.getList("terms.audience.personTypes", String.class))
                .containsExactlyInAnyOrder("STAFF", "VOLUNTEER");
        List<String> modules = terms.getList("terms.moduleIds", String.class);
        assertThat(modules).hasSize(3).startsWith(ownModule);
        given().when()
                .get(base() + "/training-modules/" + ownModule)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        List<String> codes = given().when()
                .get(base() + "/training-modules")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.code", String.class);
        assertThat(codes).containsExactlyInAnyOrder("IA-101", "IA-102", "IA-103");

        assertThat(accept("LITERACY_REQUIREMENT", false).getString("item.createdId"))
                .isEqualTo(requirement);
        assertThat(count("/literacy-requirements")).isEqualTo(1);

        String session = accept("FIRST_TRAINING", true).getString("item.createdId");
        given().when()
                .get(base() + "/training-sessions/" + session)
                .then()
                .statusCode(200)
                .body("details.moduleIds", hasSize(1))
                .body("details.moduleIds[0]", equalTo(ownModule));
        assertThat(count("/training-modules")).isEqualTo(3);
    }

    @Test
    void everyActionCreatesItsObjectOnceWhateverTheNumberOfAcceptances() {
        for (String action : List.of(
                "DECLARE_TOOLS", "ADOPT_POLICY", "COMMITTEE_CHARTER", "LITERACY_REQUIREMENT", "FIRST_TRAINING")) {
            String created = accept(action, true).getString("item.createdId");
            assertThat(accept(action, false).getString("item.createdId")).isEqualTo(created);
        }
        assertThat(count("/communication-plans")).isEqualTo(1);
        assertThat(count("/policies")).isEqualTo(1);
        assertThat(count("/literacy-requirements")).isEqualTo(1);
        assertThat(count("/training-sessions")).isEqualTo(1);
        assertThat(count("/training-modules")).isEqualTo(3);
        given().when()
                .get(base() + "/committee")
                .then()
                .statusCode(200)
                .body("charter.minVotingMembers", equalTo(1))
                .body("charter.maxVotingMembers", equalTo(3));
        given().when()
                .get(base() + "/roadmap")
                .then()
                .statusCode(200)
                .body("items.findAll { it.status == 'IN_PROGRESS' }", hasSize(5));
    }

    @Test
    void aRetiredStarterModuleIsNotBroughtBack() {
        JsonPath copied = given().contentType("application/json")
                .body("{\"fromCatalogue\":\"checking-ai-outputs\"}")
                .when()
                .post(base() + "/training-modules")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String module = base() + "/training-modules/" + copied.getString("id");
        given().header("If-Match", "\"0\"")
                .when()
                .post(module + "/publish")
                .then()
                .statusCode(200);
        String etag =
                given().when().get(module).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", etag).when().post(module + "/retire").then().statusCode(200);

        given().when()
                .post(base() + "/roadmap/LITERACY_REQUIREMENT/accept")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/roadmap-module-retired"));
        assertThat(count("/literacy-requirements")).isZero();
    }
}
