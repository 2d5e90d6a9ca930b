package org.gouvernail.app.inventory.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.gouvernail.app.support.ChecklistBodies;
import org.gouvernail.app.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Vendor security assessments through HTTP with real tokens of the demo realm, in a fresh
 * association: alice (ADMIN), bob (COMMITTEE), carol (DATA_REFERENT), dave (CONTRIBUTOR), erin
 * (VIEWER). The checklist answered item by item, the computed result, the validation workflow,
 * ETag / If-Match, and the latest validated assessment shown on the tool.
 */
@QuarkusTest
class AssessmentApiTest {

    private static String org;
    private static String leChat;
    private static String affiches;

    @BeforeEach
    void anAssociationWithEveryRoleAndTwoTools() {
        if (org != null) {
            return;
        }
        String alice = Tokens.accessToken("alice");
        org = given().auth()
                .oauth2(alice)
                .contentType("application/json")
                .body("{\"kind\":\"ASSOCIATION\",\"name\":\"Évaluations asbl\",\"slug\":\"eval-"
                        + UUID.randomUUID().toString().substring(0, 8) + "\",\"country\":\"BE\"}")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        invite(alice, "bob", "COMMITTEE");
        invite(alice, "carol", "DATA_REFERENT");
        invite(alice, "dave", "CONTRIBUTOR");
        invite(alice, "erin", "VIEWER");
        leChat = declare("Le Chat", "[\"PERSONAL\",\"BENEFICIARY_VULNERABLE\"]", "EU");
        affiches = declare("Affiches IA", "[\"PUBLIC\",\"INTERNAL\"]", "UNITED_STATES");
    }

    private static void invite(String admin, String user, String role) {
        given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body("{\"email\":\"" + user + "@demo.gouvernail.org\",\"displayName\":\"" + user
                        + "\",\"personType\":\"STAFF\",\"roles\":[\"" + role + "\"]}")
                .when()
                .post("/api/v1/organisations/" + org + "/members")
                .then()
                .statusCode(201);
        as(user).when().get("/api/v1/me").then().statusCode(200);
    }

    private static String declare(String name, String dataCategories, String hosting) {
        return as("dave")
                .contentType("application/json")
                .body("{\"name\":\"" + name
                        + "\",\"category\":\"CHATBOT\",\"accountType\":\"PROFESSIONAL\",\"hostingRegion\":\"" + hosting
                        + "\",\"dataCategories\":" + dataCategories + "}")
                .when()
                .post("/api/v1/organisations/" + org + "/tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }

    private static String assessments(String tool) {
        return "/api/v1/organisations/" + org + "/tools/" + tool + "/assessments";
    }

    private static String assessment(String id) {
        return "/api/v1/organisations/" + org + "/assessments/" + id;
    }

    /** Le Chat at the social desk: no processor agreement checked yet, training on inputs not switched off. */
    static final String LE_CHAT_REQUEST = """
            {"context": {"criticalProcess": false, "connectorsTouchPersonalData": false},
             "answers": {
              "V01": {"answer": "UNKNOWN", "note": "Demander le DPA à Mistral AI"},
              "V02": {"answer": "YES"}, "V03": {"answer": "YES", "note": "Hébergement UE (France, Suède)"},
              "V04": {"answer": "NOT_APPLICABLE"},
              "V05": {"answer": "NO", "note": "Compte gratuit : réutilisation des conversations activée"},
              "V06": {"answer": "PARTIAL"}, "V07": {"answer": "YES"}, "V08": {"answer": "YES"},
              "V09": {"answer": "NO", "note": "MFA possible, pas imposée"},
              "V10": {"answer": "PARTIAL", "evidenceUrl": "https://trust.mistral.ai"},
              "V11": {"answer": "YES"}, "V12": {"answer": "PARTIAL", "note": "Rapport SOC 2 sur demande"},
              "V13": {"answer": "YES"}, "V14": {"answer": "UNKNOWN"},
              "V15": {"answer": "NOT_APPLICABLE"}, "V16": {"answer": "YES"}, "V17": {"answer": "YES"},
              "V18": {"answer": "YES"}, "V19": {"answer": "YES"}, "V20": {"answer": "PARTIAL"},
              "V21": {"answer": "YES", "note": "Conditions : 18 ans ; utilisé par l'équipe seulement"},
              "V22": {"answer": "YES"}}}""";

    @Test
    void aContributorAssessesTheReferentReturnsThenValidatesAndTheToolShowsIt() {
        ExtractableResponse<Response> created = as("dave")
                .contentType("application/json")
                .header("Accept-Language", "fr")
                .body(LE_CHAT_REQUEST)
                .when()
                .post(assessments(leChat))
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/organisations/" + org + "/assessments/"))
                .body("status", equalTo("DRAFT"))
                .body("tool.dataCategories", containsInAnyOrder("PERSONAL", "BENEFICIARY_VULNERABLE"))
                .body("tool.highestDataCategory", equalTo("BENEFICIARY_VULNERABLE"))
                .body("dataReferentValidationRequired", equalTo(true))
                .body("answers.V01.note", equalTo("Demander le DPA à Mistral AI"))
                .body("answers.V10.evidenceUrl", equalTo("https://trust.mistral.ai"))
                .body("checklistVersion", equalTo(2))
                .body("answers.V21.note", startsWith("Conditions : 18 ans"))
                .body("result.applicableItems", equalTo(20))
                .body("result.score", equalTo(70))
                .body("result.level", equalTo("BLOCKED"))
                .body("result.blockingFindings.item", contains("V01", "V05", "V09"))
                .body("result.blockingFindings.condition", contains("PERSONAL_DATA", "PERSONAL_DATA", "SENSITIVE_DATA"))
                .body(
                        "result.blockingFindings[1].reason",
                        startsWith("V05 bloque : réponse « Non » alors que l'outil traite des données personnelles"))
                .extract();
        System.out.println("ASSESSMENT-EXAMPLE POST " + assessments(leChat) + "\n" + LE_CHAT_REQUEST + "\n→ 201 ETag: "
                + created.header("ETag") + "\n" + created.body().asPrettyString());
        String id = created.path("id");
        String location = created.header("Location");
        assertThat(location).endsWith("/assessments/" + id);

        as("dave")
                .when()
                .get("/api/v1/organisations/" + org + "/tools/" + leChat)
                .then()
                .statusCode(200)
                .body("latestAssessment", nullValue());
        as("dave").when().post(assessment(id) + "/submit").then().statusCode(428);
        as("dave")
                .header("If-Match", "\"0\"")
                .when()
                .post(assessment(id) + "/submit")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue());
        as("dave")
                .header("If-Match", "\"1\"")
                .when()
                .post(assessment(id) + "/validate")
                .then()
                .statusCode(403);
        as("bob")
                .header("If-Match", "\"1\"")
                .when()
                .post(assessment(id) + "/validate")
                .then()
                .statusCode(403);
        as("carol")
                .header("If-Match", "\"1\"")
                .contentType("application/json")
                .body("{\"comment\":\" \"}")
                .when()
                .post(assessment(id) + "/return")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("comment"));
        as("carol")
                .header("If-Match", "\"1\"")
                .contentType("application/json")
                .body(
                        "{\"comment\":\"Joindre le contrat de sous-traitance (V01) et désactiver la réutilisation (V05).\"}")
                .when()
                .post(assessment(id) + "/return")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("DRAFT"))
                .body("returnComment", startsWith("Joindre le contrat"));

        String patch =
                "{\"answers\":{\"V01\":{\"answer\":\"YES\",\"evidenceUrl\":\"https://mistral.ai/terms#data-processing-agreement\"},"
                        + "\"V05\":{\"answer\":\"YES\",\"note\":null},\"V09\":{\"answer\":\"YES\"},\"V14\":{\"answer\":\"NOT_APPLICABLE\"}}}";
        as("dave")
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body(patch)
                .when()
                .patch(assessment(id))
                .then()
                .statusCode(412);
        as("dave")
                .contentType("application/merge-patch+json")
                .body(patch)
                .when()
                .patch(assessment(id))
                .then()
                .statusCode(428);
        as("dave")
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"2\"")
                .body(patch)
                .when()
                .patch(assessment(id))
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("answers.V01.note", equalTo("Demander le DPA à Mistral AI"))
                .body("answers.V05.note", nullValue())
                .body("answers.V03.note", equalTo("Hébergement UE (France, Suède)"))
                .body("result.blockingFindings", hasSize(0))
                .body("result.applicableItems", equalTo(19))
                .body("result.score", equalTo(89))
                .body("result.level", equalTo("GOOD"));
        as("carol")
                .header("If-Match", "\"3\"")
                .when()
                .post(assessment(id) + "/validate")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/assessment-not-submitted"));
        as("dave")
                .header("If-Match", "\"3\"")
                .when()
                .post(assessment(id) + "/submit")
                .then()
                .statusCode(200);
        as("carol")
                .header("If-Match", "\"4\"")
                .when()
                .post(assessment(id) + "/validate")
                .then()
                .statusCode(200)
                .header("ETag", "\"5\"")
                .body("status", equalTo("VALIDATED"))
                .body("validatedBy", notNullValue())
                .body("validatedAt", notNullValue());

        as("dave")
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"5\"")
                .body("{\"context\":{\"criticalProcess\":true}}")
                .when()
                .patch(assessment(id))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/assessment-not-draft"));
        as("carol")
                .header("If-Match", "\"5\"")
                .when()
                .post(assessment(id) + "/validate")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/assessment-transition-refused"));

        as("erin")
                .when()
                .get("/api/v1/organisations/" + org + "/tools/" + leChat)
                .then()
                .statusCode(200)
                .body("latestAssessment.id", equalTo(id))
                .body("latestAssessment.level", equalTo("GOOD"))
                .body("latestAssessment.score", equalTo(89))
                .body("latestAssessment.ageDays", equalTo(0))
                .body("latestAssessment.stale", equalTo(false));
        String unassessed = declare("Sans évaluation", "[]", "UNKNOWN");
        as("erin")
                .when()
                .get("/api/v1/organisations/" + org + "/tools")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + leChat + "' }.latestAssessment.id", equalTo(id))
                .body("items.find { it.id == '" + unassessed + "' }.latestAssessment", nullValue());
        as("erin").when().get(assessments(leChat)).then().statusCode(200).body("items.id", hasItem(id));
        as("erin").when().get(assessment(id)).then().statusCode(200).header("ETag", "\"5\"");
        as("erin")
                .header("If-None-Match", "\"5\"")
                .when()
                .get(assessment(id))
                .then()
                .statusCode(304);
        as("alice")
                .when()
                .get("/api/v1/organisations/" + org + "/audit-events?limit=200")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.subjectId == '" + id + "' }.action",
                        contains(
                                "assessment.validated",
                                "assessment.submitted",
                                "assessment.updated",
                                "assessment.returned",
                                "assessment.submitted",
                                "assessment.created"))
                .body("items.find { it.action == 'assessment.updated' }.summary", containsString("V05: NO → YES"));
    }

    @Test
    void everyItemMustBeAnsweredAndTheMissingOnesAreListed() {
        var answers = ChecklistBodies.answers("YES");
        answers.remove("V03");
        answers.remove("V17");
        as("dave")
                .contentType("application/json")
                .header("Accept-Language", "en")
                .body(ChecklistBodies.body(null, answers))
                .when()
                .post(assessments(leChat))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/validation"))
                .body("errors.field", containsInAnyOrder("answers.V03", "answers.V17"))
                .body("detail", containsString("answers.V03"));
        as("dave")
                .contentType("application/json")
                .body("{\"context\":{\"healthData\":true}}")
                .when()
                .post(assessments(leChat))
                .then()
                .statusCode(400)
                .body("errors.field", contains("answers"));
        as("dave")
                .contentType("application/json")
                .body(ChecklistBodies.allYes()
                        .replace(
                                "\"V17\":{\"answer\":\"YES\"}",
                                "\"V17\":{\"answer\":\"YES\"},\"V23\":{\"answer\":\"YES\"}"))
                .when()
                .post(assessments(leChat))
                .then()
                .statusCode(400)
                .body("errors.field", contains("answers.V23"));
        as("dave")
                .contentType("application/json")
                .body(ChecklistBodies.allYes()
                        .replace(
                                "\"V01\":{\"answer\":\"YES\"}",
                                "\"V01\":{\"answer\":\"YES\",\"evidenceUrl\":\"javascript:alert(1)\"}"))
                .when()
                .post(assessments(leChat))
                .then()
                .statusCode(400)
                .body("errors.field", contains("answers.V01.evidenceUrl"));
        as("dave")
                .contentType("application/json")
                .body(ChecklistBodies.allYes()
                        .replace(
                                "\"V02\":{\"answer\":\"YES\"}",
                                "\"V02\":{\"answer\":\"YES\",\"note\":\"" + "n".repeat(2001) + "\"}"))
                .when()
                .post(assessments(leChat))
                .then()
                .statusCode(400)
                .body("errors.field", contains("answers.V02.note"));
        as("dave")
                .contentType("application/json")
                .body(ChecklistBodies.body(null, ChecklistBodies.answers("YES", "V04", "MAYBE")))
                .when()
                .post(assessments(leChat))
                .then()
                .statusCode(400)
                .body("errors.field", contains("answers.V04.answer"));
        as("dave")
                .contentType("application/json")
                .body(ChecklistBodies.allYes().replace("{\"answers\"", "{\"result\":{\"level\":\"GOOD\"},\"answers\""))
                .when()
                .post(assessments(leChat))
                .then()
                .statusCode(400)
                .body("errors.field", contains("result"));
    }

    @Test
    void withoutPersonalDataACommitteeMemberValidatesDirectly() {
        String id = as("dave")
                .contentType("application/json")
                .body(ChecklistBodies.body(
                        "{\"criticalProcess\":true}", ChecklistBodies.answers("YES", "V16", "NO", "V04", "NO")))
                .when()
                .post(assessments(affiches))
                .then()
                .statusCode(201)
                .body("dataReferentValidationRequired", equalTo(false))
                .body("tool.hostingRegion", equalTo("UNITED_STATES"))
                .body("result.blockingFindings.item", contains("V16"))
                .body("result.level", equalTo("BLOCKED"))
                .extract()
                .path("id");

        as("bob")
                .header("If-Match", "\"0\"")
                .when()
                .post(assessment(id) + "/validate")
                .then()
                .statusCode(200)
                .body("status", equalTo("VALIDATED"));
        as("dave")
                .when()
                .get("/api/v1/organisations/" + org + "/tools/" + affiches)
                .then()
                .statusCode(200)
                .body("latestAssessment.id", equalTo(id))
                .body("latestAssessment.level", equalTo("BLOCKED"));
    }

    @Test
    void theDataReferentMayNotValidateTheirOwnAssessmentOfPersonalData() {
        String id = as("carol")
                .contentType("application/json")
                .body(ChecklistBodies.allYes())
                .when()
                .post(assessments(leChat))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("carol")
                .header("If-Match", "\"0\"")
                .when()
                .post(assessment(id) + "/submit")
                .then()
                .statusCode(200);

        as("carol")
                .header("If-Match", "\"1\"")
                .header("Accept-Language", "en")
                .when()
                .post(assessment(id) + "/validate")
                .then()
                .statusCode(403)
                .body("detail", containsString("validate your own assessment"));
    }

    @Test
    void blockingReasonsFollowAcceptLanguage() {
        as("dave")
                .contentType("application/json")
                .header("Accept-Language", "en")
                .body(ChecklistBodies.body(
                        "{\"connectorsTouchPersonalData\":true}",
                        ChecklistBodies.answers("YES", "V15", "UNKNOWN", "V03", "NO")))
                .when()
                .post(assessments(leChat))
                .then()
                .statusCode(201)
                .body("result.blockingFindings.item", contains("V15"))
                .body(
                        "result.blockingFindings[0].reason",
                        equalTo("V15 blocks: answer \"Unknown\" while a connector or plug-in touches personal data."));
    }

    @Test
    void aRetiredToolIsNotAssessedAndAnUnknownToolIs404() {
        String tool = declare("Ancien outil", "[\"INTERNAL\"]", "EU");
        as("bob")
                .header("If-Match", "\"0\"")
                .when()
                .post("/api/v1/organisations/" + org + "/tools/" + tool + "/retire")
                .then()
                .statusCode(200);

        as("dave")
                .contentType("application/json")
                .body(ChecklistBodies.allYes())
                .when()
                .post(assessments(tool))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/tool-retired"));
        as("dave")
                .contentType("application/json")
                .body(ChecklistBodies.allYes())
                .when()
                .post(assessments(UUID.randomUUID().toString()))
                .then()
                .statusCode(404);
        as("dave")
                .when()
                .get(assessment(UUID.randomUUID().toString()))
                .then()
                .statusCode(404)
                .body("detail", containsString("évaluation"));
    }

    @Test
    void theChecklistIsServedInFrenchAndEnglish() {
        as("erin")
                .when()
                .get("/api/v1/reference/vendor-checklist")
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("items", hasSize(22))
                .body("items[10].id", equalTo("V11"))
                .body("items[10].blockingCondition", equalTo("PERSONAL_DATA"))
                .body("items[10].blockingConditionInVersion1", equalTo("NEVER"))
                .body("items[17].id", equalTo("V18"))
                .body("items[17].since", equalTo(2))
                .body("items[17].source.en", equalTo("GDPR 28(3)(b)"))
                .body("items[20].title.fr", containsString("13 ans en Belgique"))
                .body("items[21].blocksOn", hasSize(0))
                .body("items[0].id", equalTo("V01"))
                .body("items[0].title.fr", startsWith("Un contrat de sous-traitance"))
                .body("items[0].title.en", startsWith("A processor agreement"))
                .body("items[0].blockingCondition", equalTo("PERSONAL_DATA"))
                .body("items[0].blocksOn", contains("NO", "UNKNOWN", "NOT_APPLICABLE"))
                .body("items[2].blocksOn", contains("UNKNOWN", "NOT_APPLICABLE"))
                .body("items[16].blocksOn", hasSize(0))
                .body("items[16].blockingWhen.fr", equalTo("jamais à lui seul"))
                .body("items.title.fr", hasItems(containsString("l'éditeur")))
                .body("answers.code", contains("YES", "PARTIAL", "NO", "UNKNOWN", "NOT_APPLICABLE"))
                .body(
                        "contextFlags.name",
                        contains(
                                "healthData",
                                "personalDataLeavesEu",
                                "connectorsTouchPersonalData",
                                "criticalProcess",
                                "highRiskUseCase"))
                .body("levels.level", contains("GOOD", "FAIR", "POOR", "BLOCKED"))
                .body("staleAfterMonths", equalTo(12))
                .body("scoring.en", endsWith("BLOCKED."));
        given().when()
                .get("/api/v1/reference/vendor-checklist")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
