package org.gouvernail.app.usecase;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The AI Act and DPIA questionnaires served as data, and the AI Act profile answered with version 2:
 * validated against the questionnaire, reasons and duties cited in the caller's language.
 */
@QuarkusTest
class AiActQuestionnaireApiTest {

    private static final Logger LOG = Logger.getLogger(AiActQuestionnaireApiTest.class);
    private static Scene scene;

    @Inject
    World world;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String newUseCase(String title) {
        return "/api/v1/organisations/" + scene.org() + "/use-cases/"
                + given().contentType("application/json")
                        .body("{\"title\":\"" + title + "\",\"peopleAffected\":\"PUBLIC\"}")
                        .when()
                        .post("/api/v1/organisations/" + scene.org() + "/use-cases")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void theQuestionnairesAreServedWithTheirConditionsArticlesAndLanguages() {
        var questionnaire = given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/reference/ai-act-questionnaire")
                .then()
                .statusCode(200)
                .body("id", equalTo("ai-act"))
                .body("version", equalTo("2"))
                .body("lawAsOf", equalTo("2026-11-29"))
                .body("questions", hasSize(greaterThanOrEqualTo(60)))
                .body("questions[0].code", equalTo("AI_SYSTEM"))
                .body(
                        "questions.find { it.code == 'A7_FOR_COMPETENT_AUTHORITY' }.askedWhen",
                        contains("A7_MIGRATION_BORDER"))
                .body("questions.find { it.code == 'A7_FOR_COMPETENT_AUTHORITY' }.required", equalTo(true))
                .body(
                        "questions.find { it.code == 'A7_FOR_COMPETENT_AUTHORITY' }.citation.fr",
                        equalTo("Règlement (UE) 2024/1689, art. 6, § 2, et annexe III, point 7"))
                .body(
                        "questions.find { it.code == 'A1A_VERIFICATION_ONLY' }.reference",
                        equalTo("AI Act art. 6(2), Annex III point 1(a)"))
                .body(
                        "questions.find { it.code == 'ROLE' }.options.code",
                        hasItems("PROVIDER_AND_DEPLOYER", "IMPORTER"))
                .body(
                        "questions.find { it.code == 'A4_PERSONS' }.options.code",
                        contains("WORKERS_OR_CANDIDATES", "VOLUNTEERS_ONLY"))
                .extract()
                .asString();
        LOG.info("AI Act questionnaire (" + questionnaire.length() + " characters)");
        given().when()
                .get("/api/v1/reference/dpia-questionnaire")
                .then()
                .statusCode(200)
                .body("id", equalTo("dpia"))
                .body("questions.code", hasItems("R_A", "R_C", "C1", "C9"))
                .body("questions.find { it.code == 'R_B' }.reference", equalTo("GDPR art. 35(3)(b)"))
                .body("version", equalTo("2"))
                .body("questions.find { it.code == 'BE_5' }.section", equalTo("NATIONAL_LIST_BE"))
                .body("questions.find { it.code == 'BE_5' }.reference", equalTo("APD/GBA decision 01/2019, n° 5"))
                .body("questions.find { it.code == 'FR_13' }.section", equalTo("NATIONAL_LIST_FR"))
                .body("questions.find { it.code == 'DPO' }.options.code", contains("MANDATORY", "VOLUNTARY", "NONE"))
                .body("questions.find { it.code == 'DPO' }.reference", equalTo("GDPR art. 37(1)"));
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aPosterGeneratorOfferedUnderTheAssociationsNameCarriesArticle50Paragraph2() {
        String path = newUseCase("Générateur d'affiches");
        String body = "{\"questionnaireVersion\":\"2\",\"answers\":{\"AI_SYSTEM\":true,\"ROLE\":\"DEPLOYER\","
                + "\"OWN_NAME\":true,\"T2_GENERATES_CONTENT\":true,\"T2_ASSISTIVE_EDITING\":false}}";

        var answer = given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .header("Accept-Language", "fr")
                .body(body)
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("questionnaireVersion", equalTo("2"))
                .body("answers.OWN_NAME", equalTo(true))
                .body("tier", equalTo("TRANSPARENCY"))
                .body("roles", contains("PROVIDER", "DEPLOYER"))
                .body(
                        "reasons.code",
                        hasItems("role.own-name-provider", "role.article-25-high-risk-only", "transparency.50-2"))
                .body(
                        "reasons.find { it.code == 'transparency.50-2' }.citation",
                        equalTo("Règlement (UE) 2024/1689, art. 50, § 2"))
                .body("duties.find { it.code == 'provider.50-2' }.appliesFrom", equalTo("2026-08-02"))
                .body("duties.find { it.code == 'provider.50-2' }.role", equalTo("PROVIDER"))
                .extract()
                .asString();
        LOG.info("AI Act v2 request: PUT " + path + "/ai-act-profile " + body);
        LOG.info("AI Act v2 answer: " + answer);

        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("aiActTier", equalTo("TRANSPARENCY"))
                .body("aiActProfile.answers.T2_GENERATES_CONTENT", equalTo(true));
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void anNgoTriagingItsOwnLegalAidRequestsIsNotAnnexIiiPoint7() {
        String path = newUseCase("Tri des demandes d'aide juridique");
        String body = "{\"answers\":{\"AI_SYSTEM\":true,\"ROLE\":\"DEPLOYER\",\"A7_MIGRATION_BORDER\":true,"
                + "\"A7_FOR_COMPETENT_AUTHORITY\":false}}";

        var answer = given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .header("Accept-Language", "en")
                .body(body)
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(200)
                .body("tier", equalTo("MINIMAL"))
                .body("reasons[0].code", equalTo("not-annex-iii.A7_FOR_COMPETENT_AUTHORITY"))
                .body("reasons[0].citation", equalTo("Regulation (EU) 2024/1689, Art. 6(2) and Annex III, point 7"))
                .body("duties.code", contains("literacy"))
                .extract()
                .asString();
        LOG.info("AI Act v2 request: PUT " + path + "/ai-act-profile " + body);
        LOG.info("AI Act v2 answer: " + answer);
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theDefaultOfAVersion1FieldSentByAGeneratedClientIsNotAMixOfVersions() {
        // openapi-typescript makes a property with a default required: the web front end sends
        // humanEditorialReview: false (its default) next to the version-2 answers
        String path = newUseCase("Client généré");
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"questionnaireVersion\":\"2\",\"answers\":{\"AI_SYSTEM\":true,\"ROLE\":\"DEPLOYER\"},"
                        + "\"humanEditorialReview\":false}")
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(200)
                .body("questionnaireVersion", equalTo("2"))
                .body("tier", equalTo("MINIMAL"));
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void answersAreValidatedAgainstTheQuestionnaireNamingTheField() {
        String path = newUseCase("Réponses invalides");

        var unknown = given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"answers\":{\"AI_SYSTEM\":true,\"ROLE\":\"DEPLOYER\",\"A9_SPACE\":true}}")
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("answers.A9_SPACE"))
                .extract()
                .asString();
        LOG.info("AI Act v2 unknown question: " + unknown);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"answers\":{\"AI_SYSTEM\":\"yes\",\"ROLE\":\"DEPLOYER\"}}")
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(400)
                .body("errors.field", contains("answers.AI_SYSTEM"));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"answers\":{\"AI_SYSTEM\":true,\"ROLE\":\"OWNER\"}}")
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(400)
                .body("errors.field", contains("answers.ROLE"));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"answers\":{\"AI_SYSTEM\":true,\"ROLE\":\"DEPLOYER\",\"A5A_PUBLIC_ASSISTANCE\":true}}")
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("answers.A5A_FOR_PUBLIC_AUTHORITY"));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"answers\":{\"AI_SYSTEM\":true,\"ROLE\":\"DEPLOYER\"},\"operatorRole\":\"DEPLOYER\"}")
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(400)
                .body("errors.field", contains("operatorRole"));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"answers\":{\"AI_SYSTEM\":true,\"ROLE\":\"DEPLOYER\"},\"humanEditorialReview\":true}")
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(400)
                .body("errors.field", contains("humanEditorialReview"));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"annexIiiAreas\":[\"A4\"]}")
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(400)
                .body("errors.field", contains("operatorRole"));
    }
}
