package org.gouvernail.app.usecase;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The use-case portfolio through HTTP: catalogue, lifecycle, matrix, AI Act profile, DPIA screening. */
@QuarkusTest
class UseCaseApiTest {

    private static final Logger LOG = Logger.getLogger(UseCaseApiTest.class);
    private static Scene scene;

    @Inject
    World world;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String useCases() {
        return "/api/v1/organisations/" + scene.org() + "/use-cases";
    }

    private static String fromCatalogue(String entry) {
        return given().contentType("application/json")
                .body("{\"fromCatalogue\":\"" + entry + "\"}")
                .when()
                .post(useCases())
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/use-cases/"))
                .body("status", equalTo("IDEA"))
                .body("fromCatalogue", equalTo(entry))
                .extract()
                .path("id");
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorStartsFromTheCatalogueInTheOrganisationsLocale() {
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/reference/use-case-catalogue")
                .then()
                .statusCode(200)
                .body("items", hasSize(greaterThanOrEqualTo(12)))
                .body("items.find { it.id == 'translation' }.title", equalTo("Translate documents"))
                .body("items.find { it.id == 'case-notes-in-public-tool' }.trap", equalTo(true))
                .body("items.find { it.id == 'social-media-posts' }.quadrant", equalTo("QUICK_WIN"));

        String id = fromCatalogue("grant-application-drafts");

        var read = given().header("Accept-Language", "en")
                .when()
                .get(useCases() + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Premiers jets de dossiers de subsides"))
                .body("impact.score", equalTo(4))
                .body("complexity.score", equalTo(1))
                .body("quadrant", equalTo("QUICK_WIN"))
                .body("ownerId", notNullValue())
                .body("aiActProfile", nullValue())
                .body("dpiaScreening", nullValue())
                .extract()
                .jsonPath();
        org.assertj.core.api.Assertions.assertThat(read.getString("ownerId")).isEqualTo(read.getString("createdBy"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void theLifecycleStopsAtTheCommitteeUntilADecisionExists() {
        String path = useCases() + "/" + fromCatalogue("translation");

        given().when().post(path + "/submit").then().statusCode(428);
        given().header("If-Match", "\"0\"")
                .when()
                .post(path + "/submit")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("SUBMITTED"));
        given().header("If-Match", "\"0\"").when().post(path + "/submit").then().statusCode(412);
        given().header("If-Match", "\"1\"")
                .when()
                .post(path + "/start-pilot")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/decision-required"));
        given().header("If-Match", "\"1\"")
                .when()
                .post(path + "/put-in-use")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/use-case-transition-refused"));
        given().header("If-Match", "\"1\"").when().post(path + "/submit").then().statusCode(409);
        given().header("If-Match", "\"1\"")
                .header("Accept-Language", "en")
                .when()
                .post(path + "/approve")
                .then()
                .statusCode(404);
        given().header("If-Match", "\"1\"")
                .when()
                .post(path + "/retire")
                .then()
                .statusCode(200)
                .body("status", equalTo("RETIRED"));
        given().header("If-Match", "\"2\"")
                .when()
                .delete(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/use-case-decided"));
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theMatrixSortsTheUseCasesIntoTheFourQuadrants() {
        String quickWin = fromCatalogue("social-media-posts");
        String avoid = fromCatalogue("volunteer-cv-screening");
        String unscored = given().contentType("application/json")
                .body("{\"title\":\"Idée à évaluer\",\"peopleAffected\":\"INTERNAL_ONLY\"}")
                .when()
                .post(useCases())
                .then()
                .statusCode(201)
                .body("quadrant", nullValue())
                .extract()
                .path("id");

        given().when()
                .get(useCases() + "/matrix")
                .then()
                .statusCode(200)
                .body("quadrants.quadrant", contains("QUICK_WIN", "MAJOR_PROJECT", "FILL_IN", "AVOID"))
                .body("quadrants.find { it.quadrant == 'QUICK_WIN' }.useCases.id", hasItem(quickWin))
                .body("quadrants.find { it.quadrant == 'AVOID' }.useCases.id", hasItem(avoid))
                .body("unscored.id", hasItem(unscored))
                .body("truncated", equalTo(false));

        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(
                        "{\"impact\":{\"timeSaved\":1,\"beneficiaryQuality\":1,\"reach\":2,\"missionAlignment\":2},"
                                + "\"complexity\":{\"dataSensitivity\":1,\"integrationEffort\":2,\"skillsNeeded\":3,\"cost\":3,\"changeManagement\":3}}")
                .when()
                .patch(useCases() + "/" + unscored)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("impact.score", equalTo(2))
                .body("complexity.score", equalTo(2))
                .body("quadrant", equalTo("FILL_IN"));
        given().when()
                .get(useCases() + "/matrix")
                .then()
                .statusCode(200)
                .body("quadrants.find { it.quadrant == 'FILL_IN' }.useCases.id", hasItem(unscored));
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void socialScoringOfBeneficiariesIsProhibitedAndCanNeverStart() {
        String path = useCases() + "/" + fromCatalogue("automated-beneficiary-decisions");
        String body = "{\"prohibitedPractices\":[\"P_C\"],\"annexIiiAreas\":[\"A5_A\"],\"article63Exceptions\":[],"
                + "\"profilesNaturalPersons\":true,\"transparencyDuties\":[],\"operatorRole\":\"DEPLOYER\"}";

        given().contentType("application/json")
                .body(body)
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(428);
        ValidatableResponse profiled = given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .header("Accept-Language", "en")
                .body(body)
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("tier", equalTo("PROHIBITED"))
                .body("reasons[0].code", equalTo("prohibited.P_C"))
                .body("reasons[0].reference", equalTo("AI Act art. 5(1)(c)"))
                .body(
                        "reasons[0].text",
                        equalTo(
                                "Prohibited practice: social scoring leading to detrimental treatment. The use cannot be approved."));
        LOG.info("AI Act classification answer: " + profiled.extract().asString());

        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("aiActTier", equalTo("PROHIBITED"))
                .body("aiActProfile.reasons[0].text", containsString("notation sociale"));
        given().header("If-Match", "\"1\"").when().post(path + "/submit").then().statusCode(200);
        given().header("If-Match", "\"2\"")
                .when()
                .post(path + "/start-pilot")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/decision-required"));
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void profilingKeepsAVolunteerRotaHighRiskDespiteTheArticle63Exception() {
        String path = useCases() + "/"
                + given().contentType("application/json")
                        .body("{\"title\":\"Planning des bénévoles\",\"peopleAffected\":\"INTERNAL_ONLY\"}")
                        .when()
                        .post(useCases())
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String body =
                "{\"prohibitedPractices\":[],\"annexIiiAreas\":[\"A4\"],\"article63Exceptions\":[\"PREPARATORY_TASK\"],"
                        + "\"profilesNaturalPersons\":true,\"transparencyDuties\":[\"INTERACTS_WITH_PEOPLE\"],\"operatorRole\":\"DEPLOYER\"}";

        ValidatableResponse profiled = given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("tier", equalTo("HIGH_RISK"))
                .body("questionnaireVersion", equalTo("1"))
                .body("reasons.code", hasItems("annex-iii.A4B_WORK_DECISIONS", "profiling-keeps-high-risk", "literacy"))
                .body("duties.code", hasItems("deployer.high-risk", "deployer.workers-information", "literacy"))
                .body(
                        "reasons.find { it.code == 'profiling-keeps-high-risk' }.reference",
                        equalTo("AI Act art. 6(3), last subparagraph"));
        LOG.info("AI Act classification request: PUT " + path + "/ai-act-profile " + body);
        LOG.info("AI Act classification answer: " + profiled.extract().asString());

        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(body.replace("true", "false"))
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(200)
                .body("tier", equalTo("TRANSPARENCY"))
                .body("reasons.code", hasItem("exception.PREPARATORY_TASK"));
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theDpiaScreeningAnswersWithItsOutcomeAndReasons() {
        String path = useCases() + "/" + fromCatalogue("case-notes-in-public-tool");

        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"requiredCases\":[],\"criteria\":[\"C4\",\"C7\",\"C8\"]}")
                .when()
                .put(path + "/dpia-screening")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("outcome", equalTo("LIKELY"))
                .body("reasons.code", contains("criterion.C4", "criterion.C7", "criterion.C8", "likely"));
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body("{\"requiredCases\":[\"R_B\"]}")
                .when()
                .put(path + "/dpia-screening")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("REQUIRED"))
                .body("criteria", hasSize(0))
                .body("reasons[0].reference", equalTo("GDPR art. 35(3)(b)"));
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body("{\"requiredCases\":[]}")
                .when()
                .put(path + "/dpia-screening")
                .then()
                .statusCode(412);
        given().contentType("application/json")
                .header("If-Match", "\"2\"")
                .body("{\"criteria\":[\"C10\"]}")
                .when()
                .put(path + "/dpia-screening")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("criteria[0]"));
    }

    /**
     * The test organisation is Belgian: APD/GBA decision 01/2019, item 5 (systematic exchange of
     * social-work data between several controllers) makes the DPIA REQUIRED (GDPR art. 35(4)) with a
     * reason in the caller's language citing the item; a CNIL type is refused for a Belgian
     * organisation; without a DPO, the controller signs and a data referent prepares it.
     */
    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aBelgianListItemMakesTheDpiaRequiredAndSaysWhoSigns() {
        String path = useCases() + "/" + fromCatalogue("case-notes-in-public-tool");
        String body = "{\"criteria\":[\"C4\"],\"listItems\":[\"BE_5\"],\"dpo\":\"NONE\"}";

        var screened = given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .header("Accept-Language", "fr")
                .body(body)
                .when()
                .put(path + "/dpia-screening")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("REQUIRED"))
                .body("country", equalTo("BE"))
                .body("dpo", equalTo("NONE"))
                .body("listItems", contains("BE_5"))
                .body("reasons.code", contains("list.BE_5", "criterion.C4"))
                .body("reasons[0].reference", equalTo("APD/GBA decision 01/2019, n° 5"))
                .body("reasons[0].citation", equalTo("APD, décision 01/2019 du 16 janvier 2019, n° 5"))
                .body("reasons[0].text", containsString("Autorité de protection des données"))
                .body("signature.code", contains("sign.controller", "sign.no-dpo"))
                .body("signature[1].text", containsString("référent données"));
        LOG.info("DPIA screening request: PUT " + path + "/dpia-screening " + body);
        LOG.info("DPIA screening answer: " + screened.extract().asString());

        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body("{\"listItems\":[\"FR_13\"],\"dpo\":\"NONE\"}")
                .when()
                .put(path + "/dpia-screening")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("listItems"));
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body("{\"dpo\":\"SOMETIMES\"}")
                .when()
                .put(path + "/dpia-screening")
                .then()
                .statusCode(400);
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("dpiaScreening.outcome", equalTo("REQUIRED"))
                .body("dpiaScreening.listItems", contains("BE_5"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void invalidInputIs400NeverA500() {
        given().contentType("application/json")
                .body("{\"peopleAffected\":\"INTERNAL_ONLY\"}")
                .when()
                .post(useCases())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"));
        given().contentType("application/json")
                .body("{\"title\":\"X\",\"peopleAffected\":\"EVERYONE\"}")
                .when()
                .post(useCases())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("peopleAffected"));
        given().contentType("application/json")
                .body(
                        "{\"title\":\"X\",\"peopleAffected\":\"PUBLIC\",\"impact\":{\"timeSaved\":6,\"beneficiaryQuality\":1,\"reach\":1}}")
                .when()
                .post(useCases())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("impact.timeSaved"))
                .body("errors.field", hasItem("impact.missionAlignment"));
        given().contentType("application/json")
                .body("{\"title\":\"" + "x".repeat(201) + "\",\"peopleAffected\":\"PUBLIC\"}")
                .when()
                .post(useCases())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"));
        given().contentType("application/json")
                .body("{\"title\":\"X\",\"peopleAffected\":\"PUBLIC\",\"toolIds\":[null]}")
                .when()
                .post(useCases())
                .then()
                .statusCode(400);
        given().contentType("application/json")
                .body("{\"title\":\"X\",\"peopleAffected\":\"PUBLIC\",\"status\":\"APPROVED\"}")
                .when()
                .post(useCases())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        given().contentType("application/json")
                .body("{\"fromCatalogue\":\"teleportation\"}")
                .when()
                .post(useCases())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("fromCatalogue"));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"profilesNaturalPersons\":false}")
                .when()
                .put(useCases() + "/" + fromCatalogue("translation") + "/ai-act-profile")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("operatorRole"));
        given().queryParam("status", "DREAM").when().get(useCases()).then().statusCode(400);
        given().when().get(useCases() + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aForeignToolOrOwnerIs400AndADeletedToolLeavesTheUseCase() {
        given().contentType("application/json")
                .body("{\"fromCatalogue\":\"translation\",\"toolIds\":[\""
                        + scene.otherTool().id() + "\"]}")
                .when()
                .post(useCases())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("toolIds"));
        given().contentType("application/json")
                .body("{\"fromCatalogue\":\"translation\",\"ownerId\":\"" + java.util.UUID.randomUUID() + "\"}")
                .when()
                .post(useCases())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("ownerId"));

        String tool = given().contentType("application/json")
                .body("{\"name\":\"DeepL\",\"category\":\"TRANSLATION\",\"accountType\":\"PROFESSIONAL\"}")
                .when()
                .post("/api/v1/organisations/" + scene.org() + "/tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String id = given().contentType("application/json")
                .body("{\"fromCatalogue\":\"translation\",\"toolIds\":[\"" + tool + "\",\""
                        + scene.tool().id() + "\"]}")
                .when()
                .post(useCases())
                .then()
                .statusCode(201)
                .body("toolIds", hasSize(2))
                .extract()
                .path("id");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"toolIds\":[\"" + scene.otherTool().id() + "\"]}")
                .when()
                .patch(useCases() + "/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("toolIds"));

        given().header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/organisations/" + scene.org() + "/tools/" + tool)
                .then()
                .statusCode(204);
        given().when()
                .get(useCases() + "/" + id)
                .then()
                .statusCode(200)
                .body("toolIds", contains(scene.tool().id().toString()));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void updatesAndDeletesNeedTheCurrentETag() {
        String path = useCases() + "/" + fromCatalogue("meeting-summaries");

        given().contentType("application/merge-patch+json")
                .body("{\"team\":\"Accueil\"}")
                .when()
                .patch(path)
                .then()
                .statusCode(428)
                .body("type", equalTo("https://gouvernail.org/problems/precondition-required"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"team\":\"Accueil\",\"description\":null}")
                .when()
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("team", equalTo("Accueil"))
                .body("description", nullValue())
                .body("humanOversight", notNullValue());
        given().header("If-None-Match", "\"1\"").when().get(path).then().statusCode(304);
        given().when().delete(path).then().statusCode(428);
        given().header("If-Match", "\"0\"")
                .when()
                .delete(path)
                .then()
                .statusCode(412)
                .body("type", equalTo("https://gouvernail.org/problems/stale-version"));
        given().header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404);
    }
}
