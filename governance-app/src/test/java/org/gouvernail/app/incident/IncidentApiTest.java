package org.gouvernail.app.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.todo.DueItem;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The incident log through HTTP: beneficiaries' data pasted in a public tool starts the GDPR
 * duties, the 72-hour notification with its due time, which goes LATE once the 72 hours since
 * detection have passed on the application's clock; duties are settled with If-Match; closing a
 * HIGH incident needs its lessons learned.
 */
@QuarkusTest
class IncidentApiTest {

    private static final Logger LOG = Logger.getLogger(IncidentApiTest.class);
    private static Scene scene;

    @Inject
    World world;

    @Inject
    IncidentDueItems dueItems;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String incidents() {
        return "/api/v1/organisations/" + scene.org() + "/incidents";
    }

    private static String beneficiariesDataInAPublicTool(Instant detectedAt) {
        return "{\"title\":\"Notes de suivi collées dans ChatGPT (compte gratuit)\",\"kind\":\"INCIDENT\","
                + "\"type\":\"PERSONAL_DATA_IN_PUBLIC_TOOL\",\"detectedAt\":\"" + detectedAt + "\",\"toolIds\":[\""
                + scene.tool().id() + "\"],\"dataCategories\":[\"BENEFICIARY_VULNERABLE\"],"
                + "\"peopleGroups\":\"bénéficiaires de la permanence sociale\",\"peopleCount\":12,\"vulnerablePeople\":true,"
                + "\"harms\":[\"PRIVACY\"],\"policyRuleBreached\":\"TOOL_CATEGORY TEXT_GENERATION: FORBIDDEN\"}";
    }

    private static void log(String request, ValidatableResponse answer) {
        LOG.info("WALKTHROUGH request: " + request);
        LOG.info("WALKTHROUGH answer: " + answer.extract().statusCode() + " "
                + answer.extract().asString());
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void beneficiariesDataInAPublicToolShowsThe72HourDutyAndGoesLateWhenItPasses() {
        Instant detected = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        String body = beneficiariesDataInAPublicTool(detected);
        ValidatableResponse reported = given().contentType("application/json")
                .body(body)
                .when()
                .post(incidents())
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("severity", equalTo("HIGH"))
                .body("severityReasons[1]", equalTo("sensitive-or-vulnerable-data"))
                .body("status", equalTo("REPORTED"))
                .body("duties.code[1]", equalTo("GDPR_33_1_NOTIFY_AUTHORITY"))
                .body("duties[1].source", equalTo("GDPR art. 33(1)"))
                .body("duties[1].authority", startsWith("APD/GBA"))
                .body(
                        "duties[1].dueAt",
                        equalTo(detected.plus(Duration.ofHours(72)).toString()))
                .body("duties[1].late", equalTo(false))
                .body("late", equalTo(false));
        log("POST " + incidents() + " " + body, reported);
        String id = reported.extract().path("id");
        assertThat(dueItems.dueIn(scene.organisation(), Instant.now().plus(Duration.ofDays(4)), 200))
                .filteredOn(item -> item.subjectId().equals(UUID.fromString(id)))
                .extracting(DueItem::kind, DueItem::dueAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "incident.notify-authority", detected.plus(Duration.ofHours(72))));

        Instant longAgo = Instant.now().minus(Duration.ofHours(73)).truncatedTo(ChronoUnit.SECONDS);
        ValidatableResponse late = given().contentType("application/json")
                .body(beneficiariesDataInAPublicTool(longAgo))
                .when()
                .post(incidents())
                .then()
                .statusCode(201)
                .body("duties[1].late", equalTo(true))
                .body("late", equalTo(true));
        String lateId = late.extract().path("id");
        given().when().get(incidents() + "/" + lateId).then().statusCode(200).header("ETag", "\"0-late\"");
        given().header("If-Match", "\"0\"")
                .contentType("application/json")
                .body("{\"reference\":\"APD-2026-1234\"}")
                .when()
                .post(incidents() + "/" + lateId + "/duties/GDPR_33_1_NOTIFY_AUTHORITY/done")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("duties[1].state", equalTo("DONE"))
                .body("duties[1].reference", equalTo("APD-2026-1234"))
                .body("duties[1].late", equalTo(false));
        given().header("If-Match", "\"1\"")
                .contentType("application/json")
                .body("{\"reference\":\"encore\"}")
                .when()
                .post(incidents() + "/" + lateId + "/duties/GDPR_33_1_NOTIFY_AUTHORITY/done")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/duty-settled"));
        given().header("If-Match", "\"1\"")
                .contentType("application/json")
                .body("{\"reason\":\"x\"}")
                .when()
                .post(incidents() + "/" + lateId + "/duties/NOPE/not-required")
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aHighIncidentClosesOnlyWithItsLessonsLearnedAndIfMatch() {
        JsonPath incident = given().contentType("application/json")
                .body(beneficiariesDataInAPublicTool(Instant.now().minusSeconds(60)))
                .when()
                .post(incidents())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String one = incidents() + "/" + incident.getString("id");
        given().when().post(one + "/contain").then().statusCode(428);
        given().header("If-Match", "\"3\"").when().post(one + "/contain").then().statusCode(412);
        given().header("If-Match", "\"0\"")
                .when()
                .post(one + "/contain")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONTAINED"));
        given().header("If-Match", "\"1\"")
                .contentType("application/json")
                .body("{}")
                .when()
                .post(one + "/close")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/lessons-learned-required"));
        given().header("If-Match", "\"1\"")
                .contentType("application/json")
                .body("{\"severity\":\"LOW\"}")
                .when()
                .post(one + "/severity-override")
                .then()
                .statusCode(400);
        given().header("If-Match", "\"1\"")
                .contentType("application/json")
                .body("{\"lessonsLearned\":\"Comptes professionnels seulement ; formation de la permanence\"}")
                .when()
                .post(one + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorReportsButBadOrForeignInputIsAProblem() {
        given().contentType("application/json")
                .body(
                        "{\"title\":\"x\",\"kind\":\"INCIDENT\",\"type\":\"ALIENS\",\"detectedAt\":\"2026-11-27T10:00:00Z\"}")
                .when()
                .post(incidents())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body(
                        "{\"title\":\"x\",\"kind\":\"INCIDENT\",\"type\":\"OTHER\",\"detectedAt\":\"2026-11-27T10:00:00Z\","
                                + "\"occurredAt\":\"2026-11-28T10:00:00Z\"}")
                .when()
                .post(incidents())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("occurredAt"));
        given().contentType("application/json")
                .body(
                        "{\"title\":\"x\",\"kind\":\"INCIDENT\",\"type\":\"OTHER\",\"detectedAt\":\"2026-11-27T10:00:00Z\","
                                + "\"toolIds\":[\"" + scene.otherTool().id() + "\"]}")
                .when()
                .post(incidents())
                .then()
                .statusCode(404);
        given().contentType("application/json")
                .body("{\"title\":\"Un bénévole a failli coller un dossier\",\"kind\":\"NEAR_MISS\",\"type\":\"OTHER\","
                        + "\"detectedAt\":\"2026-11-27T10:00:00Z\"}")
                .when()
                .post(incidents())
                .then()
                .statusCode(201)
                .body("severity", equalTo("LOW"))
                .body("duties.size()", equalTo(0));
    }
}
