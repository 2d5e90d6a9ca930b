package org.gouvernail.app.risk;

import static io.restassured.RestAssured.given;
import static org.gouvernail.domain.risk.ActionDetailsBuilder.anAction;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskDraft;
import org.gouvernail.domain.risk.port.in.RiskRegister;
import org.gouvernail.domain.risk.port.in.RiskRegister.Actioned;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The risk register through HTTP: catalogue, links to tools, actions, residual rating, acceptance, heatmap, overdue. */
@QuarkusTest
class RiskApiTest {

    private static final String PATCH = "application/merge-patch+json";
    private static Scene scene;

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    RiskRegister register;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String risks() {
        return risks(scene.org());
    }

    private static String risks(String org) {
        return "/api/v1/organisations/" + org + "/risks";
    }

    private static JsonPath raise(String path, String body) {
        return given().contentType("application/json")
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("OPEN"))
                .extract()
                .jsonPath();
    }

    private static String id(JsonPath risk) {
        return risk.getString("id");
    }

    private MemberId memberId(String subject, OrganisationId organisation) {
        return organisations.me(World.caller(subject)).stream()
                .filter(mine -> mine.organisation().id().equals(organisation))
                .findFirst()
                .orElseThrow()
                .membership()
                .id();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void theCatalogueListsTypicalRisksInFrenchAndEnglishWithItsSource() {
        given().when()
                .get("/api/v1/reference/risk-catalogue")
                .then()
                .statusCode(200)
                .body("items", hasSize(greaterThanOrEqualTo(15)))
                .body("items[0].id", equalTo("R01"))
                .body("items[0].title.fr", equalTo("Données de bénéficiaires collées dans un chatbot public"))
                .body("items[0].title.en", equalTo("Beneficiary data pasted into a public chatbot"))
                .body("items[0].level", equalTo("CRITICAL"))
                .body("items[0].suggestedActions[0].en", containsString("Forbid"))
                .body("items.category", hasItem("ENVIRONMENT"))
                .body("attribution", containsString("FINOS"))
                .body("attribution", containsString("CC BY 4.0"));
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aRiskFromTheCatalogueIsFilledInTheOrganisationsLanguageAndLinkedToItsTools() {
        String owner = memberId(World.DATA_REFERENT, scene.organisation()).toString();
        JsonPath risk = raise(
                risks(),
                "{\"fromCatalogue\":\"R01\",\"toolIds\":[\"" + scene.tool().id() + "\"],\"ownerId\":\"" + owner
                        + "\",\"treatment\":\"MITIGATE\",\"nextReviewDate\":\"" + today().plusMonths(3) + "\"}");

        org.assertj.core.api.Assertions.assertThat(risk.getString("title"))
                .isEqualTo("Données de bénéficiaires collées dans un chatbot public");
        org.assertj.core.api.Assertions.assertThat(risk.getString("category")).isEqualTo("PRIVACY");
        org.assertj.core.api.Assertions.assertThat(risk.getInt("score")).isEqualTo(20);
        org.assertj.core.api.Assertions.assertThat(risk.getString("level")).isEqualTo("CRITICAL");
        org.assertj.core.api.Assertions.assertThat(risk.getList("toolIds"))
                .containsExactly(scene.tool().id().toString());
        org.assertj.core.api.Assertions.assertThat(risk.getString("ownerId")).isEqualTo(owner);
        org.assertj.core.api.Assertions.assertThat(risk.getList("actions.status"))
                .containsExactly("PLANNED", "PLANNED", "PLANNED");
        org.assertj.core.api.Assertions.assertThat(risk.getString("fromCatalogue"))
                .isEqualTo("R01");
        org.assertj.core.api.Assertions.assertThat(risk.getBoolean("overdue")).isFalse();

        JsonPath overridden = raise(
                risks(),
                "{\"fromCatalogue\":\"R04\",\"title\":\"ChatGPT gratuit pour les dossiers de subsides\","
                        + "\"likelihood\":2,\"withSuggestedActions\":false}");
        org.assertj.core.api.Assertions.assertThat(overridden.getString("title"))
                .isEqualTo("ChatGPT gratuit pour les dossiers de subsides");
        org.assertj.core.api.Assertions.assertThat(overridden.getInt("likelihood"))
                .isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(overridden.getInt("severity"))
                .isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(overridden.getString("level"))
                .isEqualTo("MEDIUM");
        org.assertj.core.api.Assertions.assertThat(overridden.getList("actions"))
                .isEmpty();

        given().queryParam("toolId", scene.tool().id().toString())
                .when()
                .get(risks())
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id(risk)))
                .body("items.id", not(hasItem(id(overridden))));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void anEnglishSpeakingOrganisationGetsTheEnglishEntry() {
        OrganisationId english = world.association(World.ADMIN);
        String etag = given().when()
                .get("/api/v1/organisations/" + english)
                .then()
                .extract()
                .header("ETag");
        given().contentType(PATCH)
                .header("If-Match", etag)
                .body("{\"locale\":\"en\"}")
                .when()
                .patch("/api/v1/organisations/" + english)
                .then()
                .statusCode(200);

        raise(risks(english.toString()), "{\"fromCatalogue\":\"R02\"}");
        given().when()
                .get(risks(english.toString()))
                .then()
                .statusCode(200)
                .body("items[0].title", equalTo("Hallucinated facts in a publication"))
                .body("items[0].actions[0].title", equalTo("Check every figure and source before publication"));
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aResidualRatingComesOnceAMitigationActionExistsAndEveryChangeMovesTheRisksVersion() {
        String risk = risks() + "/"
                + id(raise(
                        risks(),
                        "{\"title\":\"Transcriptions d'entretiens\",\"category\":\"PRIVACY\","
                                + "\"likelihood\":4,\"severity\":4,\"treatment\":\"MITIGATE\"}"));

        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"residualLikelihood\":2,\"residualSeverity\":2}")
                .when()
                .patch(risk)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/residual-needs-action"));

        String owner = memberId(World.CONTRIBUTOR, scene.organisation()).toString();
        String action = given().contentType("application/json")
                .body("{\"title\":\"Informer et recueillir l'accord\",\"ownerId\":\"" + owner + "\",\"dueDate\":\""
                        + today().plusDays(30) + "\"}")
                .when()
                .post(risk + "/actions")
                .then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", containsString("/actions/"))
                .body("status", equalTo("PLANNED"))
                .body("ownerId", equalTo(owner))
                .body("overdue", equalTo(false))
                .extract()
                .path("id");

        given().contentType(PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"residualLikelihood\":2,\"residualSeverity\":5}")
                .when()
                .patch(risk)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("residualSeverity"));
        given().contentType(PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"residualLikelihood\":2,\"residualSeverity\":2}")
                .when()
                .patch(risk)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("score", equalTo(16))
                .body("level", equalTo("HIGH"))
                .body("residualScore", equalTo(4))
                .body("residualLevel", equalTo("LOW"));

        given().contentType(PATCH)
                .header("If-Match", "\"2\"")
                .body("{\"status\":\"IN_PROGRESS\"}")
                .when()
                .patch(risk + "/actions/" + action)
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("IN_PROGRESS"))
                .body("title", equalTo("Informer et recueillir l'accord"));
        given().when()
                .get(risk + "/actions")
                .then()
                .statusCode(200)
                .body("items.id", contains(action))
                .body("nextCursor", nullValue());
        given().when().get(risk + "/actions/" + action).then().statusCode(200).header("ETag", "\"3\"");

        given().header("If-Match", "\"3\"")
                .when()
                .delete(risk + "/actions/" + action)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/residual-needs-action"));
        given().contentType(PATCH)
                .header("If-Match", "\"3\"")
                .body("{\"status\":\"CANCELLED\"}")
                .when()
                .patch(risk + "/actions/" + action)
                .then()
                .statusCode(409);
        given().contentType(PATCH)
                .header("If-Match", "\"3\"")
                .body("{\"residualLikelihood\":null,\"residualSeverity\":null}")
                .when()
                .patch(risk)
                .then()
                .statusCode(200)
                .header("ETag", "\"4\"")
                .body("residualLevel", nullValue());
        given().header("If-Match", "\"4\"")
                .when()
                .delete(risk + "/actions/" + action)
                .then()
                .statusCode(204);
        given().when().get(risk).then().statusCode(200).header("ETag", "\"5\"").body("actions", empty());
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theCommitteeAcceptsALowRiskWithARationaleButNotAHighOne() {
        String low = risks() + "/"
                + id(raise(
                        risks(),
                        "{\"title\":\"Visuels générés pour les affiches\",\"category\":\"INTELLECTUAL_PROPERTY\","
                                + "\"likelihood\":1,\"severity\":3}"));
        String high = risks() + "/" + id(raise(risks(), "{\"fromCatalogue\":\"R02\"}"));

        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"rationale\":\" \"}")
                .when()
                .post(low + "/accept")
                .then()
                .statusCode(400);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"rationale\":\"Images libres de droits, risque faible\"}")
                .when()
                .post(low + "/accept")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("treatment", equalTo("ACCEPT"))
                .body("status", equalTo("MONITORED"))
                .body("acceptance.rationale", equalTo("Images libres de droits, risque faible"))
                .body(
                        "acceptance.acceptedBy",
                        equalTo(memberId(World.COMMITTEE, scene.organisation()).toString()));

        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .header("Accept-Language", "en")
                .body("{\"rationale\":\"On fait avec\"}")
                .when()
                .post(high + "/accept")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/committee-decision-required"))
                .body("detail", containsString("HIGH"));
        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"treatment\":\"ACCEPT\"}")
                .when()
                .patch(high)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/accept-via-action"));
        given().contentType(PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"likelihood\":5,\"severity\":5}")
                .when()
                .patch(low)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/committee-decision-required"));
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aRiskMovesThroughItsLifecycle() {
        String risk = risks() + "/"
                + id(raise(
                        risks(),
                        "{\"title\":\"Chatbot d'accueil sans suivi\",\"category\":\"REPUTATION_DONOR_TRUST\","
                                + "\"likelihood\":3,\"severity\":3}"));

        given().header("If-Match", "\"0\"")
                .when()
                .post(risk + "/start-treatment")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/treatment-required"));
        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"treatment\":\"AVOID\"}")
                .when()
                .patch(risk)
                .then()
                .statusCode(200);
        given().header("If-Match", "\"1\"")
                .when()
                .post(risk + "/start-treatment")
                .then()
                .statusCode(200)
                .body("status", equalTo("TREATING"));
        given().header("If-Match", "\"2\"")
                .when()
                .post(risk + "/monitor")
                .then()
                .statusCode(200)
                .body("status", equalTo("MONITORED"));
        given().header("If-Match", "\"3\"")
                .when()
                .post(risk + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().contentType(PATCH)
                .header("If-Match", "\"4\"")
                .body("{\"title\":\"Autre\"}")
                .when()
                .patch(risk)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/risk-closed"));
        given().contentType("application/json")
                .body("{\"title\":\"Action\"}")
                .when()
                .post(risk + "/actions")
                .then()
                .statusCode(409);
        given().header("If-Match", "\"4\"")
                .when()
                .post(risk + "/close")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/risk-transition-refused"));
        given().header("If-Match", "\"4\"")
                .when()
                .post(risk + "/reopen")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        given().header("If-Match", "\"5\"").when().delete(risk).then().statusCode(204);
        given().when().get(risk).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theHeatmapCountsOpenRisksPerCellWithTheirIds() throws Exception {
        OrganisationId organisation = world.association(World.ADMIN);
        String path = risks(organisation.toString());
        String a = id(raise(path, "{\"fromCatalogue\":\"R01\"}"));
        String b = id(
                raise(
                        path,
                        "{\"title\":\"Notes de suivi reformulées par un chatbot\",\"category\":\"PRIVACY\",\"likelihood\":4,\"severity\":5}"));
        String c = id(raise(path, "{\"fromCatalogue\":\"R05\",\"likelihood\":1,\"severity\":1}"));
        String closed = id(raise(path, "{\"fromCatalogue\":\"R10\"}"));
        given().header("If-Match", "\"0\"")
                .when()
                .post(path + "/" + closed + "/close")
                .then()
                .statusCode(200);
        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"residualLikelihood\":2,\"residualSeverity\":3}")
                .when()
                .patch(path + "/" + a)
                .then()
                .statusCode(200);

        String body = given().when()
                .get(path + "/heatmap")
                .then()
                .statusCode(200)
                .body("openRisks", equalTo(3))
                .body("residualAssessed", equalTo(1))
                .body("inherent", hasSize(25))
                .body("residual", hasSize(25))
                .body("inherent.find { it.likelihood == 4 && it.severity == 5 }.count", equalTo(2))
                .body("inherent.find { it.likelihood == 4 && it.severity == 5 }.riskIds", contains(a, b))
                .body("inherent.find { it.likelihood == 4 && it.severity == 5 }.level", equalTo("CRITICAL"))
                .body("inherent.find { it.likelihood == 1 && it.severity == 1 }.riskIds", contains(c))
                .body("residual.find { it.likelihood == 4 && it.severity == 5 }.riskIds", contains(b))
                .body("residual.find { it.likelihood == 2 && it.severity == 3 }.riskIds", contains(a))
                .body("residual.find { it.likelihood == 2 && it.severity == 3 }.score", equalTo(6))
                .body("inherent.count.sum()", equalTo(3))
                .body("inherent.riskIds.flatten()", not(hasItem(closed)))
                .extract()
                .asString();
        Files.writeString(Path.of("target", "risk-heatmap-example.json"), body);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void overdueRisksArePastTheirReviewOrAnActionDueDate() {
        OrganisationId organisation = world.association(World.ADMIN);
        String path = risks(organisation.toString());
        LocalDate yesterday = today().minusDays(1);
        String reviewLate = id(raise(
                path,
                "{\"fromCatalogue\":\"R06\",\"withSuggestedActions\":false,\"nextReviewDate\":\"" + yesterday + "\"}"));
        String reviewLater = id(raise(
                path,
                "{\"fromCatalogue\":\"R07\",\"withSuggestedActions\":false,\"nextReviewDate\":\"" + today() + "\"}"));
        String actionLate = id(raise(path, "{\"fromCatalogue\":\"R08\",\"withSuggestedActions\":false}"));
        given().contentType("application/json")
                .body("{\"title\":\"Limiter les connecteurs\",\"dueDate\":\"" + yesterday + "\"}")
                .when()
                .post(path + "/" + actionLate + "/actions")
                .then()
                .statusCode(201)
                .body("overdue", equalTo(true));
        String actionDone = id(raise(path, "{\"fromCatalogue\":\"R09\",\"withSuggestedActions\":false}"));
        given().contentType("application/json")
                .body("{\"title\":\"Message de crise\",\"dueDate\":\"" + yesterday + "\",\"status\":\"DONE\"}")
                .when()
                .post(path + "/" + actionDone + "/actions")
                .then()
                .statusCode(201)
                .body("overdue", equalTo(false));
        String closedLate = id(raise(
                path,
                "{\"fromCatalogue\":\"R11\",\"withSuggestedActions\":false,\"nextReviewDate\":\"" + yesterday + "\"}"));
        given().header("If-Match", "\"0\"")
                .when()
                .post(path + "/" + closedLate + "/close")
                .then()
                .statusCode(200)
                .body("overdue", equalTo(false));

        given().queryParam("overdue", "true")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("items.id", contains(reviewLate, actionLate))
                .body("items.overdue", contains(true, true));
        given().queryParam("overdue", "false")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("items.id", contains(reviewLater, actionDone, closedLate));
        given().queryParam("overdue", "true")
                .queryParam("category", "SECURITY")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("items.id", contains(actionLate));
        given().queryParam("status", "CLOSED")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("items.id", contains(closedLate));
        given().queryParam("level", "MEDIUM")
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("items.level", everyItem(equalTo("MEDIUM")));
        given().queryParam("overdue", "maybe")
                .when()
                .get(path)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://gouvernail.org/problems/invalid-parameter"));
        given().queryParam("level", "SEVERE").when().get(path).then().statusCode(400);
        given().queryParam("limit", 2)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", not(nullValue()));
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void changesNeedTheCurrentEtag() {
        String risk = risks() + "/" + id(raise(risks(), "{\"fromCatalogue\":\"R14\"}"));

        given().contentType(PATCH)
                .body("{\"likelihood\":2}")
                .when()
                .patch(risk)
                .then()
                .statusCode(428)
                .body("type", equalTo("https://gouvernail.org/problems/precondition-required"));
        given().when().post(risk + "/close").then().statusCode(428);
        given().when().delete(risk).then().statusCode(428);
        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"likelihood\":2}")
                .when()
                .patch(risk)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"likelihood\":1}")
                .when()
                .patch(risk)
                .then()
                .statusCode(412)
                .body("type", equalTo("https://gouvernail.org/problems/stale-version"));
        given().header("If-Match", "\"0\"").when().delete(risk).then().statusCode(412);
        String action = given().when().get(risk).then().extract().path("actions[0].id");
        given().contentType(PATCH)
                .body("{\"status\":\"DONE\"}")
                .when()
                .patch(risk + "/actions/" + action)
                .then()
                .statusCode(428);
        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"status\":\"DONE\"}")
                .when()
                .patch(risk + "/actions/" + action)
                .then()
                .statusCode(412);
        given().header("If-None-Match", "\"1\"").when().get(risk).then().statusCode(304);
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void badInputIsRefusedWithTheFieldsToCorrect() {
        Map<String, String> cases = Map.of(
                "{\"title\":\"X\",\"category\":\"PRIVACY\",\"likelihood\":6,\"severity\":3}", "likelihood",
                "{\"title\":\"X\",\"category\":\"WEATHER\",\"likelihood\":3,\"severity\":3}", "category",
                "{\"title\":\"X\",\"category\":\"PRIVACY\",\"likelihood\":3,\"severity\":3,\"score\":9}", "score",
                "{\"fromCatalogue\":\"R99\"}", "fromCatalogue",
                "{\"fromCatalogue\":\"../etc\"}", "fromCatalogue",
                "{\"category\":\"PRIVACY\",\"likelihood\":3,\"severity\":3}", "title",
                "{\"title\":\"X\",\"category\":\"PRIVACY\",\"likelihood\":3,\"severity\":3,\"toolIds\":[\"not-a-uuid\"]}",
                        "toolIds[0]",
                "{\"title\":\"X\",\"category\":\"PRIVACY\",\"likelihood\":3,\"severity\":3,\"nextReviewDate\":\"demain\"}",
                        "nextReviewDate");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            given().contentType("application/json")
                    .body(bad.getKey())
                    .when()
                    .post(risks())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad.getValue()));
        }
        given().contentType("application/json")
                .body(
                        "{\"title\":\"X\",\"category\":\"PRIVACY\",\"likelihood\":3,\"severity\":3,\"treatment\":\"ACCEPT\"}")
                .when()
                .post(risks())
                .then()
                .statusCode(409);
        given().contentType("application/json")
                .body("{\"title\":\"" + "x".repeat(201)
                        + "\",\"category\":\"PRIVACY\",\"likelihood\":3,\"severity\":3}")
                .when()
                .post(risks())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void deletingALinkedToolUnlinksItAndTheOwnerOfARiskMayChangeIt() {
        String tool = given().contentType("application/json")
                .body("{\"name\":\"Outil déclaré par erreur\",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\"}")
                .when()
                .post("/api/v1/organisations/" + scene.org() + "/tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String me = memberId(World.CONTRIBUTOR, scene.organisation()).toString();
        String risk = risks() + "/"
                + id(raise(
                        risks(),
                        "{\"fromCatalogue\":\"R17\",\"ownerId\":\"" + me + "\",\"toolIds\":[\"" + tool + "\",\""
                                + scene.tool().id() + "\"]}"));

        given().header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/organisations/" + scene.org() + "/tools/" + tool)
                .then()
                .statusCode(204);
        given().when()
                .get(risk)
                .then()
                .statusCode(200)
                .body("toolIds", contains(scene.tool().id().toString()));

        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"likelihood\":2,\"treatment\":\"MITIGATE\"}")
                .when()
                .patch(risk)
                .then()
                .statusCode(200)
                .body("level", equalTo("MEDIUM"));
        given().header("If-Match", "\"1\"")
                .when()
                .post(risk + "/start-treatment")
                .then()
                .statusCode(200);
        given().contentType("application/json")
                .header("If-Match", "\"2\"")
                .body("{\"rationale\":\"Moyen\"}")
                .when()
                .post(risk + "/accept")
                .then()
                .statusCode(403);
        given().header("If-Match", "\"2\"").when().delete(risk).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void everyChangeToTheRegisterIsInTheAuditTrail() {
        Caller committee = World.caller(World.COMMITTEE);
        Risk risk = register.raise(
                committee,
                scene.organisation(),
                new RiskDraft("R13", null, null, null, 1, null, null, null, null, null, false));
        Actioned added = register.addAction(
                committee,
                scene.organisation(),
                risk.id(),
                anAction("Informer les participants").build());
        register.accept(
                committee, scene.organisation(), risk.id(), added.risk().version(), "Réunions internes seulement");

        given().when()
                .get("/api/v1/organisations/" + scene.org() + "/audit-events?limit=200")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.subjectId == '" + risk.id() + "' }.action",
                        contains("risk.accepted", "risk.action-added", "risk.raised"))
                .body(
                        "items.findAll { it.subjectId == '" + risk.id() + "' }.summary",
                        hasItem(containsString("rationale: Réunions internes seulement")))
                .body("items.findAll { it.subjectId == '" + risk.id() + "' }.subjectType", everyItem(equalTo("RISK")));
    }
}
