package org.gouvernail.app.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.PageRequest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The review cycle through HTTP: a HIGH risk, a HIGH incident, a tool assessed 13 months ago, a
 * decision whose review date came and a feedback item past its deadline are due; proposing the next
 * meeting's agenda adds exactly these five, once; the meeting's REVIEW decisions close them, the
 * ledger shows them reviewed within the cadence, and a subject comes back after its next review date.
 */
@QuarkusTest
class ReviewCycleApiTest {

    private static final Logger LOG = Logger.getLogger(ReviewCycleApiTest.class);

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    EntityManager entityManager;

    private static void log(String request, ValidatableResponse answer) {
        LOG.info("WALKTHROUGH request: " + request);
        LOG.info("WALKTHROUGH answer: " + answer.extract().statusCode() + " "
                + answer.extract().asString());
    }

    private Map<String, String> ids(Scene scene) {
        return organisations
                .members(World.caller(World.ADMIN), scene.organisation(), PageRequest.first(50))
                .items()
                .stream()
                .collect(Collectors.toMap(Membership::subject, m -> m.id().toString()));
    }

    private static String seat(Map<String, String> ids, String subject, String role) {
        return "{\"memberId\":\"" + ids.get(subject) + "\",\"role\":\"" + role + "\",\"mandateStart\":\"2026-01-01\"}";
    }

    private static String created(String path, String body) {
        return given().contentType("application/json")
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Set<String> subjectIds(JsonPath json, String path) {
        return Set.copyOf(json.getList(path, String.class));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aProposedAgendaListsExactlyTheDueSubjectsAndDecisionsCloseThem() {
        Scene scene = world.scene();
        String base = "/api/v1/organisations/" + scene.org();
        Map<String, String> ids = ids(scene);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"charter\":{\"minVotingMembers\":3,\"maxVotingMembers\":5},\"members\":["
                        + seat(ids, World.ADMIN, "CHAIR") + "," + seat(ids, World.COMMITTEE, "SECRETARY") + ","
                        + seat(ids, World.DATA_REFERENT, "DATA_REFERENT") + "]}")
                .when()
                .put(base + "/committee")
                .then()
                .statusCode(200);
        LocalDate meetingDay = LocalDate.now().plusDays(7);
        String attendees = "\"attendees\":[\"" + ids.get(World.ADMIN) + "\",\"" + ids.get(World.COMMITTEE) + "\"]";

        // nothing is due in a new organisation
        given().when().get(base + "/reviews/due").then().statusCode(200).body("items", hasSize(0));

        // five subjects fall due, one per rule
        String risk = created(
                base + "/risks",
                "{\"title\":\"Fuite de notes de suivi\",\"category\":\"PRIVACY\",\"likelihood\":4,\"severity\":4}");
        String incident = created(
                base + "/incidents",
                "{\"title\":\"Notes collées dans ChatGPT\",\"kind\":\"INCIDENT\",\"type\":\"PERSONAL_DATA_IN_PUBLIC_TOOL\","
                        + "\"detectedAt\":\""
                        + Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)
                        + "\",\"dataCategories\":[\"BENEFICIARY_VULNERABLE\"],\"vulnerablePeople\":true,"
                        + "\"peopleCount\":3,\"harms\":[\"PRIVACY\"]}");
        String feedback = created(
                base + "/feedback",
                "{\"kind\":\"CONCERN\",\"identityMode\":\"IDENTIFIED\",\"text\":\"Les bénévoles utilisent leur compte perso\"}");
        String tool = scene.tool().id().toString();
        String pastMeeting = created(base + "/meetings", "{\"date\":\"" + LocalDate.now() + "\"," + attendees + "}");
        String decision = created(
                base + "/meetings/" + pastMeeting + "/decisions",
                "{\"subject\":\"OTHER\",\"outcome\":\"APPROVED\",\"rationale\":\"Budget IA 2027\","
                        + "\"votesFor\":2,\"votesAgainst\":0,\"votesAbstain\":0,\"reviewDate\":\"" + meetingDay
                        + "\"}");
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("UPDATE ai_tool SET status = 'APPROVED' WHERE id = ?1")
                    .setParameter(1, tool)
                    .executeUpdate();
            entityManager
                    .createNativeQuery(
                            "INSERT INTO vendor_assessment (id, organisation_id, tool_id, tool_hosting_region,"
                                    + " health_data, personal_data_leaves_eu, connectors_touch_personal_data, critical_process,"
                                    + " high_risk_use_case, status, score, level, author_id, created_at, submitted_at, validated_by,"
                                    + " validated_at, version) VALUES (?1, ?2, ?3, 'UNITED_STATES', false, false, false, false, false,"
                                    + " 'VALIDATED', 80, 'GOOD', ?4, ?5, ?5, ?4, ?5, 2)")
                    .setParameter(1, UUID.randomUUID().toString())
                    .setParameter(2, scene.org())
                    .setParameter(3, tool)
                    .setParameter(4, ids.get(World.DATA_REFERENT))
                    .setParameter(5, Instant.now().minus(Duration.ofDays(400)))
                    .executeUpdate();
            // the acknowledgement was due 7 days after receipt: received 10 days ago
            entityManager
                    .createNativeQuery("UPDATE feedback_item SET received_on = ?2, due_on = ?3 WHERE id = ?1")
                    .setParameter(1, feedback)
                    .setParameter(2, LocalDate.now().minusDays(10))
                    .setParameter(3, LocalDate.now().minusDays(3))
                    .executeUpdate();
        });
        Set<String> expected = Set.of(risk, incident, feedback, tool, decision);

        ValidatableResponse due =
                given().when().get(base + "/reviews/due?until=" + meetingDay).then();
        log("GET " + base + "/reviews/due?until=" + meetingDay, due);
        JsonPath dueJson = due.statusCode(200)
                .body("until", equalTo(meetingDay.toString()))
                .body("settings.cadence", equalTo("QUARTERLY"))
                .body("truncated", equalTo(false))
                .extract()
                .jsonPath();
        assertThat(subjectIds(dueJson, "items.subjectId")).isEqualTo(expected);
        assertThat(dueJson.getList("items.reason", String.class))
                .contains(
                        "residual-high",
                        "assessment-older-than-12-months",
                        "decision-review-date",
                        "feedback-deadline-passed");
        // the feedback item is named by its kind only, never by its text
        assertThat(dueJson.getList("items.title", String.class)).contains("Feedback CONCERN");

        String meeting = created(
                base + "/meetings",
                "{\"date\":\"" + meetingDay + "\",\"agenda\":[{\"title\":\"Budget\"}]," + attendees + "}");
        String proposal = "{\"meetingId\":\"" + meeting + "\"}";
        ValidatableResponse proposed = given().contentType("application/json")
                .body(proposal)
                .when()
                .post(base + "/reviews/propose-agenda")
                .then();
        log("POST " + base + "/reviews/propose-agenda " + proposal, proposed);
        JsonPath proposedJson = proposed.statusCode(200)
                .body("added", hasSize(5))
                .body("alreadyOnAgenda", equalTo(0))
                .body("notAdded", equalTo(0))
                .body("meetingVersion", equalTo(1))
                .extract()
                .jsonPath();
        assertThat(subjectIds(proposedJson, "added.subjectId")).isEqualTo(expected);

        JsonPath agenda = given().when()
                .get(base + "/meetings/" + meeting)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("agenda", hasSize(6))
                .extract()
                .jsonPath();
        assertThat(Set.copyOf(agenda.getList("agenda.reviewId", String.class).subList(1, 6)))
                .isEqualTo(Set.copyOf(proposedJson.getList("added.id", String.class)));

        // a second call adds nothing
        given().contentType("application/json")
                .body(proposal)
                .when()
                .post(base + "/reviews/propose-agenda")
                .then()
                .statusCode(200)
                .body("added", hasSize(0))
                .body("alreadyOnAgenda", equalTo(5))
                .body("meetingVersion", equalTo(1));
        given().when()
                .get(base + "/reviews/due?until=" + meetingDay)
                .then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("items.meetingId.unique()", hasSize(1))
                .body("items[0].meetingId", equalTo(meeting));

        // the meeting decides on each: "reviewed, no change", the risk's next review in six months
        List<Map<String, Object>> added = proposedJson.getList("added");
        LocalDate nextRiskReview = meetingDay.plusMonths(6);
        for (Map<String, Object> review : added) {
            boolean isRisk = risk.equals(review.get("subjectId"));
            String body = "{\"subject\":\"REVIEW\",\"subjectId\":\"" + review.get("id") + "\",\"outcome\":\"APPROVED\","
                    + "\"rationale\":\"Revu, pas de changement\",\"votesFor\":2,\"votesAgainst\":0,\"votesAbstain\":0"
                    + (isRisk ? ",\"reviewDate\":\"" + nextRiskReview + "\"" : "") + "}";
            ValidatableResponse decided = given().contentType("application/json")
                    .body(body)
                    .when()
                    .post(base + "/meetings/" + meeting + "/decisions")
                    .then()
                    .statusCode(201);
            if (isRisk) {
                log("POST " + base + "/meetings/" + meeting + "/decisions " + body, decided);
            }
        }
        given().when()
                .get(base + "/reviews/due?until=" + meetingDay)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));

        ValidatableResponse ledger =
                given().when().get(base + "/reviews/ledger").then();
        log("GET " + base + "/reviews/ledger", ledger);
        JsonPath ledgerJson = ledger.statusCode(200)
                .body("items", hasSize(5))
                .body("items.status.unique()", equalTo(List.of("REVIEWED")))
                .body("items.withinCadence.unique()", equalTo(List.of(true)))
                .body("items.reviewedOn.unique()", equalTo(List.of(meetingDay.toString())))
                .extract()
                .jsonPath();
        Map<String, String> next = ledgerJson.getList("items", Map.class).stream()
                .collect(Collectors.toMap(
                        item -> (String) item.get("subjectId"), item -> (String) item.get("nextReviewOn")));
        assertThat(next.get(risk)).isEqualTo(nextRiskReview.toString());
        assertThat(next.get(tool)).isEqualTo(meetingDay.plusMonths(12).toString());

        // a closed review is not closed twice
        given().contentType("application/json")
                .header("Accept-Language", "en")
                .body("{\"subject\":\"REVIEW\",\"subjectId\":\"" + added.get(0).get("id")
                        + "\",\"outcome\":\"APPROVED\"," + "\"votesFor\":2,\"votesAgainst\":0,\"votesAbstain\":0}")
                .when()
                .post(base + "/meetings/" + meeting + "/decisions")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/review-closed"))
                .body("title", equalTo("Review already closed"));

        // after its next review date the HIGH risk is due again; the others are not yet
        JsonPath later = given().when()
                .get(base + "/reviews/due?until=" + nextRiskReview)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(later.getList("items.subjectId", String.class))
                .contains(risk)
                .doesNotContain(tool, decision);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void settingsDefaultFromTheSizeAndChangeWithIfMatch() {
        Scene scene = world.scene();
        String base = "/api/v1/organisations/" + scene.org() + "/reviews/settings";
        given().when()
                .get(base)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("cadence", equalTo("QUARTERLY"))
                .body("leadTimeDays", equalTo(14))
                .body("custom", equalTo(false));
        given().contentType("application/json")
                .body("{\"cadence\":\"MONTHLY\",\"leadTimeDays\":10}")
                .when()
                .put(base)
                .then()
                .statusCode(428);
        ValidatableResponse saved = given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"cadence\":\"MONTHLY\",\"leadTimeDays\":10}")
                .when()
                .put(base)
                .then();
        log("PUT " + base + " {\"cadence\":\"MONTHLY\",\"leadTimeDays\":10}", saved);
        saved.statusCode(200).header("ETag", "\"1\"").body("custom", equalTo(true));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"cadence\":\"ANNUAL\",\"leadTimeDays\":10}")
                .when()
                .put(base)
                .then()
                .statusCode(412);
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body("{\"cadence\":\"ANNUAL\",\"leadTimeDays\":91}")
                .when()
                .put(base)
                .then()
                .statusCode(400);
        given().when()
                .get("/api/v1/organisations/" + scene.org() + "/reviews/due")
                .then()
                .statusCode(200)
                .body("until", equalTo(LocalDate.now().plusDays(10).toString()));
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aPastMeetingGetsNoProposal() {
        Scene scene = world.scene();
        String base = "/api/v1/organisations/" + scene.org();
        String meeting =
                created(base + "/meetings", "{\"date\":\"" + LocalDate.now().minusDays(1) + "\"}");
        given().contentType("application/json")
                .body("{\"meetingId\":\"" + meeting + "\"}")
                .when()
                .post(base + "/reviews/propose-agenda")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/meeting-held"));
    }
}
