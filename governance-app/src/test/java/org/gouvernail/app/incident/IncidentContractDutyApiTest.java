package org.gouvernail.app.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.persistence.incident.SqlIncidentContractDueItems;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contractual notification duties through HTTP: an admin configures a funder's rule (notify within
 * 24 h of every incident of severity MEDIUM or above); a HIGH incident then shows the duty CONTRACT
 * with its due time and reason, settled DONE with a reference; a LOW incident has none; a passed
 * due time shows LATE; the rule is changed only with If-Match; bad terms are refused as
 * problem+json; a deleted rule leaves the settled duty in the incident's history.
 */
@QuarkusTest
class IncidentContractDutyApiTest {

    private static final Logger LOG = Logger.getLogger(IncidentContractDutyApiTest.class);
    private static Scene scene;

    @Inject
    World world;

    @Inject
    SqlIncidentContractDueItems dueItems;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String base() {
        return "/api/v1/organisations/" + scene.org();
    }

    private static String incident(Instant detectedAt, String data) {
        return "{\"title\":\"Notes de suivi collées dans ChatGPT\",\"kind\":\"INCIDENT\","
                + "\"type\":\"PERSONAL_DATA_IN_PUBLIC_TOOL\",\"detectedAt\":\"" + detectedAt + "\","
                + "\"dataCategories\":[" + data + "]}";
    }

    private static String report(Instant detectedAt, String data, String severity) {
        return given().contentType("application/json")
                .body(incident(detectedAt, data))
                .when()
                .post(base() + "/incidents")
                .then()
                .statusCode(201)
                .body("severity", equalTo(severity))
                .extract()
                .path("id");
    }

    private static void log(String request, ValidatableResponse answer) {
        LOG.info("WALKTHROUGH request: " + request);
        LOG.info("WALKTHROUGH answer: " + answer.extract().statusCode() + " "
                + answer.extract().asString());
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aFundersRuleStartsADutyOnAHighIncidentWithItsDueTimeAndReason() {
        String terms = "{\"counterparty\":\"Fondation Roi Baudouin\",\"kind\":\"FUNDER\",\"notifyWithinHours\":24,"
                + "\"minimumSeverity\":\"MEDIUM\",\"note\":\"Convention 2026-114, art. 12\"}";
        ValidatableResponse configured = given().contentType("application/json")
                .body(terms)
                .when()
                .post(base() + "/incident-contract-duties")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("kind", equalTo("FUNDER"))
                .body("personalDataOnly", equalTo(false));
        log("POST " + base() + "/incident-contract-duties " + terms, configured);
        String rule = configured.extract().path("id");

        Instant detected = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        String high = report(detected, "\"BENEFICIARY_VULNERABLE\"", "HIGH");
        String duties = base() + "/incidents/" + high + "/contract-duties";
        ValidatableResponse listed = given().when()
                .get(duties)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].code", equalTo("CONTRACT"))
                .body("items[0].ruleId", equalTo(rule))
                .body("items[0].counterparty", equalTo("Fondation Roi Baudouin"))
                .body(
                        "items[0].dueAt",
                        equalTo(detected.plus(Duration.ofHours(24)).toString()))
                .body("items[0].reason", containsString("FUNDER Fondation Roi Baudouin"))
                .body("items[0].reason", containsString("severity HIGH ≥ MEDIUM"))
                .body("items[0].state", equalTo("PENDING"))
                .body("items[0].late", equalTo(false));
        log("GET " + duties, listed);

        ValidatableResponse done = given().contentType("application/json")
                .body("{\"reference\":\"Courriel du 27/11 à la chargée de projet\"}")
                .when()
                .post(duties + "/" + rule + "/done")
                .then()
                .statusCode(200)
                .body("state", equalTo("DONE"))
                .body("reference", equalTo("Courriel du 27/11 à la chargée de projet"))
                .body("settledBy", notNullValue());
        log("POST " + duties + "/" + rule + "/done", done);
        given().contentType("application/json")
                .body("{\"reference\":\"encore\"}")
                .when()
                .post(duties + "/" + rule + "/done")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/duty-settled"));

        String low = report(detected, "", "LOW");
        given().when()
                .get(base() + "/incidents/" + low + "/contract-duties")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));

        Instant longAgo = Instant.now().minus(Duration.ofHours(25)).truncatedTo(ChronoUnit.SECONDS);
        String late = report(longAgo, "\"PERSONAL\"", "MEDIUM");
        given().when()
                .get(base() + "/incidents/" + late + "/contract-duties")
                .then()
                .statusCode(200)
                .body("items[0].state", equalTo("PENDING"))
                .body("items[0].late", equalTo(true));
        // the pending contractual duty is a due item of the handlers, the settled one is not
        assertThat(dueItems.dueIn(scene.organisation(), Instant.now().plus(Duration.ofDays(2)), 200))
                .filteredOn(item -> item.kind().equals("incident.notify-counterparty"))
                .extracting(item -> item.subjectId().toString(), DueItem::dueAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(late, longAgo.plus(Duration.ofHours(24))));

        // deleting the rule: the settled duty stays in the incident's history, the pending one goes
        given().header("If-Match", "\"0\"")
                .when()
                .delete(base() + "/incident-contract-duties/" + rule)
                .then()
                .statusCode(204);
        given().when()
                .get(duties)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].state", equalTo("DONE"));
        given().when()
                .get(base() + "/incidents/" + late + "/contract-duties")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aRuleChangesOnlyWithIfMatchAndBadTermsAreProblems() {
        String one = given().contentType("application/json")
                .body("{\"counterparty\":\"Assureur RC\",\"kind\":\"INSURER\",\"notifyWithinHours\":48,"
                        + "\"minimumSeverity\":\"CRITICAL\",\"personalDataOnly\":true}")
                .when()
                .post(base() + "/incident-contract-duties")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        given().contentType("application/merge-patch+json")
                .body("{\"notifyWithinHours\":72}")
                .when()
                .patch(one)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"7\"")
                .body("{\"notifyWithinHours\":72}")
                .when()
                .patch(one)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"notifyWithinHours\":72,\"note\":\"Police 55-123\"}")
                .when()
                .patch(one)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("notifyWithinHours", equalTo(72))
                .body("minimumSeverity", equalTo("CRITICAL"))
                .body("note", equalTo("Police 55-123"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body("{\"notifyWithinHours\":0}")
                .when()
                .patch(one)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().header("If-Match", "\"0\"").when().delete(one).then().statusCode(412);

        given().contentType("application/json")
                .body(
                        "{\"counterparty\":\"X\",\"kind\":\"DONOR\",\"notifyWithinHours\":24,\"minimumSeverity\":\"LOW\"}")
                .when()
                .post(base() + "/incident-contract-duties")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body(
                        "{\"counterparty\":\" \",\"kind\":\"FUNDER\",\"notifyWithinHours\":24,\"minimumSeverity\":\"LOW\"}")
                .when()
                .post(base() + "/incident-contract-duties")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/validation"));
        given().contentType("application/json")
                .body(
                        "{\"counterparty\":\"X\",\"kind\":\"FUNDER\",\"notifyWithinHours\":100000,\"minimumSeverity\":\"LOW\"}")
                .when()
                .post(base() + "/incident-contract-duties")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().when()
                .get(base() + "/incident-contract-duties/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
