package org.gouvernail.app.committee;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.PageRequest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The committee through HTTP: a meeting with quorum decides on a use case and a tool and their
 * statuses change in the same transaction; no quorum, a committee below its minimum, a member
 * beyond its maximum and a refused effect are 409; a HIGH risk is accepted by decision.
 */
@QuarkusTest
class CommitteeApiTest {

    private static final Logger LOG = Logger.getLogger(CommitteeApiTest.class);
    private static Scene scene;
    private static Map<String, String> ids;

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    CommitteeGovernance governance;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            ids =
                    organisations
                            .members(World.caller(World.ADMIN), scene.organisation(), PageRequest.first(50))
                            .items()
                            .stream()
                            .collect(Collectors.toMap(Membership::subject, m -> m.id().toString()));
        }
    }

    private static String base() {
        return "/api/v1/organisations/" + scene.org();
    }

    private static String seat(String subject, String role) {
        return "{\"memberId\":\"" + ids.get(subject) + "\",\"role\":\"" + role + "\",\"mandateStart\":\"2026-01-01\"}";
    }

    private static String configuration(int max, String... seats) {
        return "{\"charter\":{\"missionStatement\":\"Veiller à un usage de l'IA conforme à nos valeurs\",\"meetingFrequency\":\"QUARTERLY\","
                + "\"writtenProcedureAllowed\":false,\"quorumRule\":\"MAJORITY\",\"minVotingMembers\":3,\"maxVotingMembers\":"
                + max + "},"
                + "\"members\":[" + String.join(",", seats) + "]}";
    }

    /** Configures the committee (ada CHAIR, cole SECRETARY, rita DATA_REFERENT) once; returns its ETag. */
    private static String constitute() {
        String etag = given().when()
                .get(base() + "/committee")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        if (!"\"0\"".equals(etag)) {
            return etag;
        }
        String body = configuration(
                5,
                seat(World.ADMIN, "CHAIR"),
                seat(World.COMMITTEE, "SECRETARY"),
                seat(World.DATA_REFERENT, "DATA_REFERENT"));
        ValidatableResponse configured = given().contentType("application/json")
                .header("If-Match", etag)
                .body(body)
                .when()
                .put(base() + "/committee")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("constituted", equalTo(true))
                .body("votingMembers", equalTo(3))
                .body("quorum", equalTo(2));
        log("PUT " + base() + "/committee " + body, configured);
        return "\"1\"";
    }

    private static String submittedUseCase(String entry) {
        String id = given().contentType("application/json")
                .body("{\"fromCatalogue\":\"" + entry + "\"}")
                .when()
                .post(base() + "/use-cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("If-Match", "\"0\"")
                .when()
                .post(base() + "/use-cases/" + id + "/submit")
                .then()
                .statusCode(200);
        return id;
    }

    private static String meeting(String... attendees) {
        String list = java.util.Arrays.stream(attendees)
                .map(s -> "\"" + ids.get(s) + "\"")
                .collect(Collectors.joining(","));
        String body = "{\"date\":\"2026-12-03\",\"agenda\":[{\"title\":\"Traduction des newsletters\"}],\"attendees\":["
                + list + "]}";
        return given().contentType("application/json")
                .body(body)
                .when()
                .post(base() + "/meetings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse decide(String meetingId, String body) {
        return given().contentType("application/json")
                .header("Accept-Language", "en")
                .body(body)
                .when()
                .post(base() + "/meetings/" + meetingId + "/decisions")
                .then();
    }

    private static void log(String request, ValidatableResponse answer) {
        LOG.info("WALKTHROUGH request: " + request);
        LOG.info("WALKTHROUGH answer: " + answer.extract().statusCode() + " "
                + answer.extract().asString());
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aMeetingWithQuorumDecidesOnAUseCaseAndAToolAndTheirStatusesChange() {
        ApprovalRequest request = governance.request(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                RequestKind.TOOL,
                scene.tool().id().value(),
                "Utiliser ChatGPT pour les posts",
                "Compte gratuit, données internes seulement");
        constitute();
        given().when()
                .get(base() + "/committee")
                .then()
                .statusCode(200)
                .body("proposedAgenda.id", hasItem(request.id().toString()));
        String useCase = submittedUseCase("translation");
        String tool = scene.tool().id().toString();

        String meetingBody =
                "{\"date\":\"2026-12-03\",\"agenda\":[{\"title\":\"Traduction\",\"useCaseId\":\"" + useCase + "\"},"
                        + "{\"title\":\"ChatGPT\",\"toolId\":\"" + tool + "\",\"requestId\":\"" + request.id() + "\"}],"
                        + "\"attendees\":[\"" + ids.get(World.ADMIN) + "\",\"" + ids.get(World.COMMITTEE) + "\"]}";
        ValidatableResponse scheduled = given().contentType("application/json")
                .body(meetingBody)
                .when()
                .post(base() + "/meetings")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("votingPresent", equalTo(2))
                .body("quorumRequired", equalTo(2))
                .body("quorate", equalTo(true))
                .body("proposedAgenda.id", hasItem(request.id().toString()));
        log("POST " + base() + "/meetings " + meetingBody, scheduled);
        String meetingId = scheduled.extract().path("id");

        String useCaseDecision = "{\"subject\":\"USE_CASE\",\"subjectId\":\"" + useCase + "\",\"outcome\":\"APPROVED\","
                + "\"rationale\":\"Textes publics, relus par l'équipe\",\"votesFor\":2,\"votesAgainst\":0,\"votesAbstain\":0,"
                + "\"reviewDate\":\"2027-06-01\"}";
        ValidatableResponse decided = decide(meetingId, useCaseDecision)
                .statusCode(201)
                .body("outcome", equalTo("APPROVED"))
                .body("writtenProcedure", equalTo(false));
        log("POST " + base() + "/meetings/" + meetingId + "/decisions " + useCaseDecision, decided);
        given().when()
                .get(base() + "/use-cases/" + useCase)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));

        String toolDecision =
                "{\"subject\":\"TOOL\",\"subjectId\":\"" + tool + "\",\"requestId\":\"" + request.id() + "\","
                        + "\"outcome\":\"APPROVED_WITH_CONDITIONS\",\"toolStatus\":\"APPROVED_WITH_CONDITIONS\","
                        + "\"conditions\":\"Aucune donnée personnelle ; compte professionnel avant mars\",\"votesFor\":1,\"votesAgainst\":0,"
                        + "\"votesAbstain\":1}";
        ValidatableResponse toolDecided =
                decide(meetingId, toolDecision).statusCode(201).body("toolStatus", equalTo("APPROVED_WITH_CONDITIONS"));
        log("POST " + base() + "/meetings/" + meetingId + "/decisions " + toolDecision, toolDecided);
        ValidatableResponse toolRead = given().when()
                .get(base() + "/tools/" + tool)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED_WITH_CONDITIONS"));
        log("GET " + base() + "/tools/" + tool, toolRead);
        ValidatableResponse requestRead = given().when()
                .get(base() + "/approval-requests/" + request.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("outcome", equalTo("APPROVED_WITH_CONDITIONS"));
        log("GET " + base() + "/approval-requests/" + request.id(), requestRead);

        given().when()
                .get(base() + "/meetings/" + meetingId + "/decisions")
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
        List<String> actions = given().when()
                .get(base() + "/audit-events?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions)
                .contains(
                        "committee.configured",
                        "meeting.scheduled",
                        "decision.recorded",
                        "use-case.decided",
                        "tool.decided",
                        "approval-request.submitted",
                        "approval-request.decided");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void withoutQuorumTheMeetingCannotDecide() {
        constitute();
        String useCase = submittedUseCase("meeting-summaries");
        String meetingId = meeting(World.ADMIN);
        String body = "{\"subject\":\"USE_CASE\",\"subjectId\":\"" + useCase
                + "\",\"outcome\":\"APPROVED\",\"votesFor\":1," + "\"votesAgainst\":0,\"votesAbstain\":0}";

        ValidatableResponse refused = decide(meetingId, body)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/quorum-not-met"));
        log("POST " + base() + "/meetings/" + meetingId + "/decisions " + body, refused);
        given().when().get(base() + "/use-cases/" + useCase).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aDecisionWhoseEffectIsRefusedLeavesNoDecisionAndNoStatusChange() {
        constitute();
        String useCase = given().contentType("application/json")
                .body("{\"fromCatalogue\":\"automated-beneficiary-decisions\"}")
                .when()
                .post(base() + "/use-cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String profile = "{\"prohibitedPractices\":[\"P_C\"],\"annexIiiAreas\":[],\"article63Exceptions\":[],"
                + "\"profilesNaturalPersons\":true,\"transparencyDuties\":[],\"operatorRole\":\"DEPLOYER\"}";
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(profile)
                .when()
                .put(base() + "/use-cases/" + useCase + "/ai-act-profile")
                .then()
                .statusCode(200);
        given().header("If-Match", "\"1\"")
                .when()
                .post(base() + "/use-cases/" + useCase + "/submit")
                .then()
                .statusCode(200);
        String meetingId = meeting(World.ADMIN, World.COMMITTEE, World.DATA_REFERENT);
        int before = given().when()
                .get(base() + "/decisions?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.size()");

        decide(
                        meetingId,
                        "{\"subject\":\"USE_CASE\",\"subjectId\":\"" + useCase
                                + "\",\"outcome\":\"APPROVED\",\"votesFor\":3,"
                                + "\"votesAgainst\":0,\"votesAbstain\":0}")
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/prohibited-use-case"));

        given().when()
                .get(base() + "/decisions?limit=200")
                .then()
                .statusCode(200)
                .body("items", hasSize(before));
        given().when()
                .get(base() + "/meetings/" + meetingId + "/decisions")
                .then()
                .body("items", hasSize(0));
        given().when().get(base() + "/use-cases/" + useCase).then().body("status", equalTo("SUBMITTED"));
        decide(
                        meetingId,
                        "{\"subject\":\"USE_CASE\",\"subjectId\":\"" + useCase
                                + "\",\"outcome\":\"REJECTED\",\"votesFor\":0,"
                                + "\"votesAgainst\":3,\"votesAbstain\":0}")
                .statusCode(201);
        given().when().get(base() + "/use-cases/" + useCase).then().body("status", equalTo("REJECTED"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aHighRiskIsAcceptedByACommitteeDecision() {
        constitute();
        String risk = given().contentType("application/json")
                .body(
                        "{\"title\":\"Notes de suivi collées dans ChatGPT\",\"category\":\"PRIVACY\",\"likelihood\":4,\"severity\":4}")
                .when()
                .post(base() + "/risks")
                .then()
                .statusCode(201)
                .body("level", equalTo("HIGH"))
                .extract()
                .path("id");
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"rationale\":\"On fait avec\"}")
                .when()
                .post(base() + "/risks/" + risk + "/accept")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/committee-decision-required"));
        String meetingId = meeting(World.ADMIN, World.COMMITTEE);
        String body = "{\"subject\":\"RISK_ACCEPTANCE\",\"subjectId\":\"" + risk + "\",\"outcome\":\"APPROVED\","
                + "\"rationale\":\"Usage limité à l'accueil, revu dans six mois\",\"votesFor\":2,\"votesAgainst\":0,\"votesAbstain\":0}";

        ValidatableResponse decided = decide(meetingId, body).statusCode(201);
        log("POST " + base() + "/meetings/" + meetingId + "/decisions " + body, decided);
        String decision = decided.extract().path("id");

        ValidatableResponse read = given().when()
                .get(base() + "/risks/" + risk)
                .then()
                .statusCode(200)
                .body("treatment", equalTo("ACCEPT"))
                .body("status", equalTo("MONITORED"))
                .body("acceptance.decisionId", equalTo(decision));
        log("GET " + base() + "/risks/" + risk, read);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aCommitteeBelowItsMinimumCannotDecideAndAMemberBeyondItsMaximumIsRefused() {
        OrgOfTwo org = new OrgOfTwo(world, organisations);
        String path = "/api/v1/organisations/" + org.id + "/committee";
        String two = "{\"charter\":{\"writtenProcedureAllowed\":false},\"members\":[{\"memberId\":\"" + org.admin
                + "\"}," + "{\"memberId\":\"" + org.second + "\"}]}";
        ValidatableResponse small = given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(two)
                .when()
                .put(path)
                .then()
                .statusCode(200)
                .body("constituted", equalTo(false))
                .body("votingMembers", equalTo(2));
        log("PUT " + path + " " + two, small);
        String meetingId = given().contentType("application/json")
                .body("{\"date\":\"2026-12-03\",\"attendees\":[\"" + org.admin + "\",\"" + org.second + "\"]}")
                .when()
                .post("/api/v1/organisations/" + org.id + "/meetings")
                .then()
                .statusCode(201)
                .body("quorate", equalTo(false))
                .extract()
                .path("id");
        String body =
                "{\"subject\":\"OTHER\",\"outcome\":\"APPROVED\",\"rationale\":\"Charte adoptée\",\"votesFor\":2,\"votesAgainst\":0,"
                        + "\"votesAbstain\":0}";
        ValidatableResponse refused = given().contentType("application/json")
                .header("Accept-Language", "en")
                .body(body)
                .when()
                .post("/api/v1/organisations/" + org.id + "/meetings/" + meetingId + "/decisions")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/committee-not-constituted"));
        log("POST …/meetings/" + meetingId + "/decisions " + body, refused);

        String oneTooMany =
                "{\"charter\":{\"writtenProcedureAllowed\":false,\"minVotingMembers\":1,\"maxVotingMembers\":1},"
                        + "\"members\":[{\"memberId\":\"" + org.admin + "\"},{\"memberId\":\"" + org.second + "\"}]}";
        ValidatableResponse full = given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .header("Accept-Language", "en")
                .body(oneTooMany)
                .when()
                .put(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/committee-full"));
        log("PUT " + path + " " + oneTooMany, full);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aWrittenProcedureIsRefusedUnlessTheCharterAllowsIt() {
        constitute();
        given().contentType("application/json")
                .header("Accept-Language", "en")
                .body(
                        "{\"subject\":\"OTHER\",\"outcome\":\"APPROVED\",\"votesFor\":3,\"votesAgainst\":0,\"votesAbstain\":0}")
                .when()
                .post(base() + "/decisions")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/written-procedure-not-allowed"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aSubjectNoAreaDecidesIsABadRequestListingTheDecidableOnes() {
        constitute();
        for (String subject : List.of("TRAINING_REQUIREMENT", "tool")) {
            given().contentType("application/json")
                    .header("Accept-Language", "en")
                    .body("{\"subject\":\"" + subject
                            + "\",\"subjectId\":\"0195a000-0000-7000-8000-000000000001\",\"outcome\":\"APPROVED\","
                            + "\"votesFor\":3,\"votesAgainst\":0,\"votesAbstain\":0}")
                    .when()
                    .post(base() + "/decisions")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("subject"))
                    .body(
                            "errors.message",
                            hasItem(
                                    "unknown value; accepted values: TOOL, USE_CASE, APPROVAL_REQUEST, RISK_ACCEPTANCE, "
                                            + "POLICY_VERSION, REVIEW, TRANSPARENCY, OTHER"));
        }
    }

    /** A second association whose ADMIN is ada, with one more member: a committee of two. */
    private static final class OrgOfTwo {
        final String id;
        final String admin;
        final String second;

        OrgOfTwo(World world, OrganisationManagement organisations) {
            var organisation = world.association(World.ADMIN);
            Membership other =
                    world.member(organisation, World.VIEWER, org.gouvernail.domain.organisation.Role.COMMITTEE);
            id = organisation.toString();
            second = other.id().toString();
            admin =
                    organisations
                            .members(World.caller(World.ADMIN), organisation, PageRequest.first(50))
                            .items()
                            .stream()
                            .filter(m -> World.ADMIN.equals(m.subject()))
                            .findFirst()
                            .orElseThrow()
                            .id()
                            .toString();
        }
    }
}
