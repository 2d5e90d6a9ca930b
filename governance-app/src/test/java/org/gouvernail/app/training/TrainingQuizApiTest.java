package org.gouvernail.app.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The optional quiz of a training module through HTTP: the coordinators set it with the module's
 * ETag, members read it without the correct choices and answer it; the server scores the attempt
 * and a pass, only a pass, writes one training record for the caller.
 */
@QuarkusTest
class TrainingQuizApiTest {

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

    private static String modules() {
        return TrainingApiTest.base(scene.org()) + "/training-modules/";
    }

    /** An ACTIVE module with the quiz set by the committee (runs as the test's user, who must be a coordinator). */
    private static String moduleWithQuiz(String code) {
        String id = TrainingApiTest.activeModule(scene.org(), "checking-ai-outputs", code);
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(QUIZ)
                .when()
                .put(modules() + id + "/quiz")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("hasQuiz", equalTo(true));
        return id;
    }

    private static int records(String moduleId) {
        return given().queryParam("moduleId", moduleId)
                .when()
                .get(TrainingApiTest.base(scene.org()) + "/training-records")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items")
                .size();
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theQuizIsReadWithoutItsAnswersAndAWrongAttemptRecordsNothing() {
        String id = moduleWithQuiz("QUIZ-1");
        String quiz = given().when()
                .get(modules() + id + "/quiz")
                .then()
                .statusCode(200)
                .body("questions", hasSize(2))
                .body("questions[1].choices", hasSize(3))
                .body("questions[0].number", equalTo(1))
                .body("passMark", equalTo(100))
                .extract()
                .asString();
        assertThat(quiz).doesNotContain("correct");

        given().contentType("application/json")
                .body("{\"answers\":[[1],[0]]}")
                .when()
                .post(modules() + id + "/quiz/attempts")
                .then()
                .statusCode(200)
                .body("score", equalTo(50))
                .body("passed", equalTo(false))
                .body("questions.correct", contains(true, false))
                .body("record", nullValue())
                .body(not(containsString("choices")));
        assertThat(records(id)).isZero();
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aPassingAttemptWritesExactlyOneRecordWithQuizEvidence() {
        String id = moduleWithQuiz("QUIZ-2");
        given().contentType("application/json")
                .body("{\"answers\":[[1],[2,0]]}")
                .when()
                .post(modules() + id + "/quiz/attempts")
                .then()
                .statusCode(200)
                .body("score", equalTo(100))
                .body("passed", equalTo(true))
                .body("record.method", equalTo("ATTESTED_SELF_STUDY"))
                .body("record.evidence.kind", equalTo("QUIZ"))
                .body("record.status", equalTo("VALID"));
        assertThat(records(id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void anInvalidQuizIs400AndAStaleETagIs412() {
        String id = TrainingApiTest.activeModule(scene.org(), "checking-ai-outputs", "QUIZ-3");
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body("{\"questions\":[{\"text\":\"Seule ?\",\"choices\":[\"Oui\"],\"correct\":[0]}],\"passMark\":50}")
                .when()
                .put(modules() + id + "/quiz")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(
                        "{\"questions\":[{\"text\":\"Hors ?\",\"choices\":[\"A\",\"B\"],\"correct\":[3]}],\"passMark\":50}")
                .when()
                .put(modules() + id + "/quiz")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(QUIZ)
                .when()
                .put(modules() + id + "/quiz")
                .then()
                .statusCode(412);
        given().when().get(modules() + id + "/quiz").then().statusCode(404);
    }
}
