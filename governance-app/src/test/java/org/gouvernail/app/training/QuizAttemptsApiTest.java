package org.gouvernail.app.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quiz attempts are kept append-only: the learner reads their own under the module, ADMIN and DATA_REFERENT
 * read the organisation's (keyset pages, member and module filters), anyone else gets 403; a passing attempt
 * stays the evidence of the record it wrote, even once that record is voided.
 */
@QuarkusTest
class QuizAttemptsApiTest {

    private static final Logger LOG = Logger.getLogger(QuizAttemptsApiTest.class);

    private static final String QUIZ = "{\"questions\":["
            + "{\"text\":\"Qui relit une production de l'IA ?\",\"choices\":[\"Personne\",\"La personne qui l'utilise\",\"L'outil\"],\"correct\":[1]},"
            + "{\"text\":\"Quelles données restent hors de l'outil ?\",\"choices\":[\"Santé\",\"Météo\",\"Adresse d'un bénéficiaire\"],\"correct\":[0,2]}"
            + "],\"passMark\":100}";

    private static Scene scene;

    @Inject
    World world;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String base() {
        return TrainingApiTest.base(scene.org());
    }

    private static String moduleWithQuiz(String code) {
        String id = TrainingApiTest.activeModule(scene.org(), "checking-ai-outputs", code);
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(QUIZ)
                .when()
                .put(base() + "/training-modules/" + id + "/quiz")
                .then()
                .statusCode(200);
        return id;
    }

    private static JsonPath attempt(String module, String answers) {
        return given().contentType("application/json")
                .body("{\"answers\":" + answers + "}")
                .when()
                .post(base() + "/training-modules/" + module + "/quiz/attempts")
                .then()
                .statusCode(200)
                .body("attemptId", notNullValue())
                .extract()
                .jsonPath();
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void attemptsAreKeptAndAPassStaysTheEvidenceOfItsRecord() {
        String module = moduleWithQuiz("ATT-1");
        String failed = attempt(module, "[[0],[1]]").getString("attemptId");
        JsonPath pass = attempt(module, "[[1],[0,2]]");
        String passed = pass.getString("attemptId");
        String record = pass.getString("record.id");

        ValidatableResponse mine = given().when()
                .get(base() + "/training-modules/" + module + "/quiz/attempts")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(passed))
                .body("items[0].passed", equalTo(true))
                .body("items[0].score", equalTo(100))
                .body("items[0].correct", equalTo(2))
                .body("items[0].questions", equalTo(2))
                .body("items[0].moduleRevision", equalTo(1))
                .body("items[0].recordId", equalTo(record))
                .body("items[1].id", equalTo(failed))
                .body("items[1].passed", equalTo(false))
                .body("items[1].score", equalTo(0))
                .body("items[1].recordId", nullValue());
        LOG.info("WALKTHROUGH request: GET " + base() + "/training-modules/" + module + "/quiz/attempts");
        LOG.info("WALKTHROUGH answer: 200 " + mine.extract().asString());
        given().when()
                .get(base() + "/training-records/" + record)
                .then()
                .statusCode(200)
                .body("evidence.kind", equalTo("QUIZ"))
                .body("evidence.reference", org.hamcrest.Matchers.containsString(passed));

        given().contentType("application/json")
                .body("{\"reason\":\"Quiz passé pour quelqu'un d'autre\"}")
                .when()
                .post(base() + "/training-records/" + record + "/void")
                .then()
                .statusCode(200);
        JsonPath first = given().queryParam("moduleId", module)
                .queryParam("limit", 1)
                .when()
                .get(base() + "/quiz-attempts")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(passed))
                .body("items[0].recordId", equalTo(record))
                .extract()
                .jsonPath();
        LOG.info("WALKTHROUGH request: GET " + base() + "/quiz-attempts?moduleId=" + module + "&limit=1");
        LOG.info("WALKTHROUGH answer: 200 " + first.prettify());
        String cursor = first.getString("nextCursor");
        assertThat(cursor).isNotNull();
        given().queryParam("moduleId", module)
                .queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .when()
                .get(base() + "/quiz-attempts")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(failed))
                .body("nextCursor", nullValue());
        given().queryParam("memberId", scene.viewer().id().toString())
                .when()
                .get(base() + "/quiz-attempts")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("memberId", "pas-un-id")
                .when()
                .get(base() + "/quiz-attempts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aCoordinatorWhoIsNeitherAdminNorDataReferentReadsOnlyTheirOwnAttempts() {
        String module = moduleWithQuiz("ATT-2");
        attempt(module, "[[1],[0]]");
        given().when()
                .get(base() + "/training-modules/" + module + "/quiz/attempts")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        given().when().get(base() + "/quiz-attempts").then().statusCode(403).contentType("application/problem+json");
    }
}
