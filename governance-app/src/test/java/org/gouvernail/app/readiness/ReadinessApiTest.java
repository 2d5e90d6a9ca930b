package org.gouvernail.app.readiness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.readiness.Answer;
import org.gouvernail.domain.readiness.ReadinessCampaign;
import org.gouvernail.domain.readiness.ReadinessFramework;
import org.gouvernail.domain.readiness.RespondentGroup;
import org.gouvernail.domain.readiness.port.in.ReadinessAssessment;
import org.gouvernail.domain.readiness.port.in.ReadinessAssessment.NewCampaign;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readiness through HTTP: the framework as reference; a campaign where the board is confident and the
 * volunteers are not shows the disagreement; a member answers for themself (If-Match to change);
 * the profile is proposed, overridden only with a reason; a practice not applied needs its explanation;
 * accepting a roadmap action creates the real object once; the journey reads the registers.
 */
@QuarkusTest
class ReadinessApiTest {

    private static final Logger LOG = Logger.getLogger(ReadinessApiTest.class);
    private static Scene scene;

    @Inject
    World world;

    @Inject
    ReadinessAssessment assessment;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String base() {
        return "/api/v1/organisations/" + scene.org();
    }

    private static void log(String request, ValidatableResponse answer) {
        LOG.info("WALKTHROUGH request: " + request);
        LOG.info("WALKTHROUGH answer: " + answer.extract().statusCode() + " "
                + answer.extract().headers().getValue("ETag") + " "
                + answer.extract().asString());
    }

    /** Every question of the framework answered at {@code stage}, except LG2 answered "I don't know". */
    private static List<Answer> everything(int stage) {
        return ReadinessFramework.current().questions().stream()
                .map(question -> new Answer(question.code(), question.code().equals("LG2") ? null : stage))
                .toList();
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void theFrameworkIsReferenceDataWithFiveStagesPerQuestion() {
        JsonPath framework = given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/reference/readiness-framework")
                .then()
                .statusCode(200)
                .body("version", equalTo("2026.1"))
                .body("dimensions", hasSize(8))
                .body("dimensions[0].code", equalTo("MISSION_VALUES"))
                .body("dimensions[5].title.en", equalTo("Current practices (incl. shadow AI)"))
                .body("dimensions[1].questions[0].stages", hasSize(5))
                .body(
                        "dimensions[1].questions[0].statement.nl",
                        equalTo("De raad van bestuur volgt de beslissingen over AI op."))
                .body(
                        "dimensions[1].questions[0].stages[4].nl",
                        equalTo("De raad van bestuur herziet de AI-beslissingen en -risico's op vaste tijdstippen."))
                .extract()
                .jsonPath();
        assertThat(framework.getList("dimensions.questions.flatten()")).hasSize(16);
        assertThat(framework.getList("dimensions.questions.flatten().statement.nl", String.class))
                .hasSize(16)
                .doesNotContainNull();
        assertThat(framework.getList("dimensions.questions.flatten().stages.flatten().nl", String.class))
                .hasSize(80)
                .doesNotContainNull();
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void boardAndVolunteersDisagreeAndTheResultsSayIt() {
        String created = given().contentType("application/json")
                .body("{\"title\":\"Où en sommes-nous ? Automne 2026\",\"groups\":[\"BOARD\",\"VOLUNTEERS\"]}")
                .when()
                .post(base() + "/readiness-campaigns")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("OPEN"))
                .body("frameworkVersion", equalTo("2026.1"))
                .extract()
                .path("id");
        org.gouvernail.domain.shared.OrganisationId org = scene.organisation();
        org.gouvernail.domain.readiness.CampaignId campaign =
                new org.gouvernail.domain.readiness.CampaignId(java.util.UUID.fromString(created));
        assessment.answer(
                World.caller(World.ADMIN), org, campaign, RespondentGroup.BOARD, everything(4), Optional.empty());
        assessment.answer(
                World.caller(World.VIEWER), org, campaign, RespondentGroup.BOARD, everything(5), Optional.empty());
        assessment.answer(
                World.caller(World.CONTRIBUTOR),
                org,
                campaign,
                RespondentGroup.VOLUNTEERS,
                everything(2),
                Optional.empty());
        assessment.answer(
                World.caller(World.DATA_REFERENT),
                org,
                campaign,
                RespondentGroup.VOLUNTEERS,
                everything(1),
                Optional.empty());

        String mine = base() + "/readiness-campaigns/" + created + "/my-response";
        String answer = "{\"group\":\"BOARD\",\"answers\":[{\"question\":\"LG1\",\"stage\":4},"
                + "{\"question\":\"LG2\",\"stage\":null}]}";
        ValidatableResponse answered = given().contentType("application/json")
                .body(answer)
                .when()
                .put(mine)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("answers[1].stage", nullValue());
        log("PUT " + mine + " " + answer, answered);
        given().contentType("application/json")
                .body(answer)
                .when()
                .put(mine)
                .then()
                .statusCode(428);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"group\":\"DIRECTION\",\"answers\":[{\"question\":\"LG1\",\"stage\":4}]}")
                .when()
                .put(mine)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/readiness-group-not-invited"));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"group\":\"BOARD\",\"answers\":[{\"question\":\"ZZ9\",\"stage\":4}]}")
                .when()
                .put(mine)
                .then()
                .statusCode(400);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(answer.replace("\"stage\":4", "\"stage\":5"))
                .when()
                .put(mine)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        given().when().get(mine).then().statusCode(200).body("answers[0].stage", equalTo(5));

        String campaignPath = base() + "/readiness-campaigns/" + created;
        given().when().post(campaignPath + "/close").then().statusCode(428);
        given().header("If-Match", "\"0\"")
                .when()
                .post(campaignPath + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().header("If-Match", "\"1\"")
                .when()
                .post(campaignPath + "/close")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/readiness-campaign-closed"));

        ValidatableResponse results = given().header("Accept-Language", "en")
                .when()
                .get(campaignPath + "/results")
                .then()
                .statusCode(200)
                .body("respondents", equalTo(5))
                .body("respondentsByGroup.BOARD", equalTo(3))
                .body("respondentsByGroup.VOLUNTEERS", equalTo(2))
                .body("disagreements", hasItem("MISSION_VALUES"))
                .body("dimensions[0].groups.find { it.group == 'BOARD' }.mean", equalTo(4.5f))
                .body("dimensions[0].groups.find { it.group == 'VOLUNTEERS' }.mean", equalTo(1.5f))
                .body("dimensions[0].dispersion", equalTo(3.0f))
                .body("dimensions[0].disagreement", equalTo(true))
                .body("dimensions[1].dimension", equalTo("LEADERSHIP_GOVERNANCE"))
                .body("dimensions[1].dontKnow", equalTo(5));
        log("GET " + campaignPath + "/results", results);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theProfileIsProposedAndTheRoadmapCreatesRealObjectsOnce() {
        String profile = base() + "/governance-profile";
        given().when().get(profile).then().statusCode(404);
        String facts = "{\"staff\":4,\"volunteers\":35,\"beneficiaryFacing\":true,\"vulnerableGroups\":false}";
        ValidatableResponse set = given().contentType("application/json")
                .body(facts)
                .when()
                .put(profile)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("proposed", equalTo("SMALL_LOCAL"))
                .body("profile", equalTo("SMALL_LOCAL"))
                .body("defaults.policyTemplate", equalTo("small-local-association"));
        log("PUT " + profile + " " + facts, set);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(facts.replace("}", ",\"profile\":\"MID_SIZE\"}"))
                .when()
                .put(profile)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("overrideReason"));
        String override = facts.replace(
                "}", ",\"profile\":\"MID_SIZE\",\"overrideReason\":\"Nous accueillons des mineurs chaque semaine\"}");
        given().contentType("application/json")
                .body(override)
                .when()
                .put(profile)
                .then()
                .statusCode(428);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(override)
                .when()
                .put(profile)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("proposed", equalTo("SMALL_LOCAL"))
                .body("profile", equalTo("MID_SIZE"))
                .body("defaults.committeeMin", equalTo(3));

        String practice = base() + "/governance-practices/GOVERNANCE_COMMITTEE";
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body("{\"status\":\"NOT_APPLIED\"}")
                .when()
                .put(practice)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("explanation"));
        ValidatableResponse explained = given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body("{\"status\":\"NOT_APPLIED\",\"explanation\":\"Le CA de cinq personnes joue ce rôle.\"}")
                .when()
                .put(practice)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("explained", hasSize(1))
                .body("explained[0].code", equalTo("GOVERNANCE_COMMITTEE"));
        log("PUT " + practice, explained);
        given().when()
                .get(base() + "/governance-practices")
                .then()
                .statusCode(200)
                .body("practices.find { it.code == 'GOVERNANCE_COMMITTEE' }.status", equalTo("NOT_APPLIED"));

        ValidatableResponse roadmap = given().header("Accept-Language", "en")
                .when()
                .get(base() + "/roadmap")
                .then()
                .statusCode(200)
                .body("profile", equalTo("MID_SIZE"))
                .body("items", hasSize(5))
                .body(
                        "items.find { it.action == 'LITERACY_REQUIREMENT' }.title.nl",
                        equalTo(
                                "Vastleggen welke AI-opleiding medewerkers en vrijwilligers volgen wanneer ze starten"));
        log("GET " + base() + "/roadmap", roadmap);

        ValidatableResponse accepted = given().when()
                .post(base() + "/roadmap/ADOPT_POLICY/accept")
                .then()
                .statusCode(200)
                .body("created", equalTo(true))
                .body("item.status", equalTo("IN_PROGRESS"));
        log("POST " + base() + "/roadmap/ADOPT_POLICY/accept", accepted);
        String policy = accepted.extract().path("item.createdId");
        given().when()
                .get(base() + "/policies/" + policy)
                .then()
                .statusCode(200)
                .body("versions[0].status", equalTo("DRAFT"));
        given().when()
                .post(base() + "/roadmap/ADOPT_POLICY/accept")
                .then()
                .statusCode(200)
                .body("created", equalTo(false))
                .body("item.createdId", equalTo(policy));
        given().when().get(base() + "/policies").then().statusCode(200).body("items", hasSize(1));

        String session = given().when()
                .post(base() + "/roadmap/FIRST_TRAINING/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("item.createdId");
        given().when().get(base() + "/training-sessions/" + session).then().statusCode(200);
        String plan = given().when()
                .post(base() + "/roadmap/DECLARE_TOOLS/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("item.createdId");
        given().when().get(base() + "/communication-plans/" + plan).then().statusCode(200);
        given().when()
                .post(base() + "/roadmap/COMMITTEE_CHARTER/accept")
                .then()
                .statusCode(200)
                .body("created", equalTo(true));
        given().when()
                .get(base() + "/committee")
                .then()
                .statusCode(200)
                .body("charter.minVotingMembers", equalTo(3))
                .body("charter.maxVotingMembers", equalTo(5));
        given().contentType("application/json")
                .header("If-Match", "\"2\"")
                .body("{\"status\":\"SKIPPED\"}")
                .when()
                .post(base() + "/roadmap/DECLARE_TOOLS/status")
                .then()
                .statusCode(412);

        ValidatableResponse journey = given().when()
                .get(base() + "/setup-journey")
                .then()
                .statusCode(200)
                .body("steps", hasSize(7))
                .body("steps.find { it.step == 'PROFILE_CHOSEN' }.status", equalTo("DONE"))
                .body("steps.find { it.step == 'TOOLS_DECLARED' }.status", equalTo("DONE"))
                .body("steps.find { it.step == 'POLICY_IN_FORCE' }.status", equalTo("IN_PROGRESS"))
                .body("steps.find { it.step == 'FIRST_TRAINING_HELD' }.status", equalTo("IN_PROGRESS"))
                .body("steps.find { it.step == 'PRACTICES_DECIDED' }.status", equalTo("IN_PROGRESS"));
        log("GET " + base() + "/setup-journey", journey);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void anAnonymousCampaignHidesGroupsBelowThreeAndTheAuditNamesNobody() {
        ReadinessCampaign campaign = assessment.openCampaign(
                World.caller(World.COMMITTEE),
                scene.organisation(),
                new NewCampaign("Anonyme", EnumSet.of(RespondentGroup.BOARD, RespondentGroup.STAFF), true));
        for (String who : List.of(World.ADMIN, World.VIEWER, World.COMMITTEE)) {
            assessment.answer(
                    World.caller(who),
                    scene.organisation(),
                    campaign.id(),
                    RespondentGroup.BOARD,
                    everything(5),
                    Optional.empty());
        }
        assessment.answer(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                campaign.id(),
                RespondentGroup.STAFF,
                everything(1),
                Optional.empty());
        given().when()
                .get(base() + "/readiness-campaigns/" + campaign.id() + "/results")
                .then()
                .statusCode(200)
                .body("dimensions[0].groups.find { it.group == 'BOARD' }.mean", equalTo(5.0f))
                .body("dimensions[0].groups.find { it.group == 'STAFF' }.shown", equalTo(false))
                .body("dimensions[0].groups.find { it.group == 'STAFF' }.mean", nullValue())
                .body("dimensions[0].dispersion", nullValue())
                .body("dimensions[0].mean", equalTo(4.0f));
        List<String> actors = given().queryParam("limit", 200)
                .when()
                .get(base() + "/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items.findAll { it.action == 'readiness-campaign.answered' && it.subjectId == '" + campaign.id()
                        + "' }.actorSubject");
        assertThat(actors).hasSize(4).containsOnly("anonymous");
        given().when()
                .get(base() + "/readiness-campaigns/" + campaign.id() + "/my-response")
                .then()
                .statusCode(200)
                .body("submittedAt", org.hamcrest.Matchers.endsWith("T00:00:00Z"));
    }
}
