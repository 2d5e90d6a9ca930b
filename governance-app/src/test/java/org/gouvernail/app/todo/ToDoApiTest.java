package org.gouvernail.app.todo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.todo.ToDoScene.Seeded;
import org.gouvernail.domain.todo.Deadlines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End-to-end test of the to-do lists: each person sees what is assigned to them by name or through a
 * role they hold, soonest first with the overdue flagged; the coordinators see the organisation's
 * whole list; nobody sees another organisation's items.
 */
@QuarkusTest
class ToDoApiTest {

    private static Seeded seeded;

    @Inject
    ToDoScene scene;

    @BeforeEach
    void setUp() {
        if (seeded == null) {
            seeded = scene.seed();
        }
    }

    private static final String UNTIL =
            "?until=" + Deadlines.dayOf(Instant.now()).plusDays(60);

    /** The caller's items in the seeded organisation (their other organisations belong to other tests). */
    private static List<Map<String, Object>> mine() {
        JsonPath json = given().when()
                .get("/api/v1/me/todo" + UNTIL)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> items = json.getList("items");
        return items.stream()
                .filter(item -> item.get("organisationId").equals(seeded.scene().org()))
                .toList();
    }

    private static List<String> kinds(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("kind")).toList();
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorSeesHisOverdueActionFirstThenHisRiskReviewThenThePolicyToRead() {
        List<Map<String, Object>> items = mine();
        System.out.println("TODO-EXAMPLE GET /api/v1/me/todo" + UNTIL + " (carl) → " + items);
        assertThat(kinds(items)).containsExactly("risk-action.complete", "risk.review", "policy-version.acknowledge");
        Map<String, Object> action = items.get(0);
        assertThat(action.get("overdue")).isEqualTo(true);
        assertThat(action.get("title")).isEqualTo("Former l'équipe");
        assertThat(action.get("subjectId")).isEqualTo(seeded.action().toString());
        assertThat(action.get("link"))
                .isEqualTo("/api/v1/organisations/" + seeded.scene().org() + "/risks/" + seeded.risk() + "/actions/"
                        + seeded.action());
        assertThat(items.get(1).get("overdue")).isEqualTo(false);
        @SuppressWarnings("unchecked")
        Map<String, Object> assignee = (Map<String, Object>) action.get("assignee");
        assertThat(assignee.get("memberId"))
                .isEqualTo(seeded.members().get(World.CONTRIBUTOR).toString());
        Map<String, Object> policy = items.get(2);
        assertThat(policy.get("title")).isEqualTo("Charte IA");
        assertThat(policy.get("link"))
                .isEqualTo("/api/v1/organisations/" + seeded.scene().org() + "/policies/" + seeded.policy()
                        + "/versions/1");
        assertThat(Instant.parse((String) policy.get("dueAt")))
                .as("30 days after his arrival, later than the publication")
                .isAfter(Instant.now().plus(java.time.Duration.ofDays(29)));
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aCommitteeMemberSeesHisMeetingsTheRequestToDecideAndTheDecisionToReview() {
        List<Map<String, Object>> items = mine();
        assertThat(kinds(items))
                .containsExactly(
                        "meeting.attend",
                        "meeting.attend",
                        "decision.review",
                        "policy-version.acknowledge",
                        "approval-request.decide");
        assertThat(items.get(0).get("subjectId"))
                .isEqualTo(seeded.attendedMeeting().toString());
        assertThat(items.get(1).get("subjectId")).isEqualTo(seeded.openMeeting().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> byRole = (Map<String, Object>) items.get(1).get("assignee");
        assertThat(byRole.get("roles")).isEqualTo(List.of("COMMITTEE"));
        assertThat(items.get(4).get("dueAt")).as("a request sets no deadline").isNull();
        assertThat(items.get(4).get("title")).isEqualTo("Essayer Le Chat");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theAdminDecidesAndReviewsButAttendsNoMeetingThatListsOthers() {
        assertThat(kinds(mine()))
                .containsExactly("decision.review", "policy-version.acknowledge", "approval-request.decide");
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theDataReferentValidatesTheAssessmentOfAToolWithPersonalData() {
        List<Map<String, Object>> items = mine();
        assertThat(kinds(items)).containsExactly("policy-version.acknowledge", "assessment.validate");
        assertThat(items.get(1).get("title")).isEqualTo("ChatGPT");
        assertThat(items.get(1).get("subjectId"))
                .isEqualTo(seeded.assessment().id().toString());
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerOnlyHasThePolicyToRead() {
        assertThat(kinds(mine())).containsExactly("policy-version.acknowledge");
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void theStrangerSeesHisOwnRequestAndNothingOfTheOtherAssociation() {
        List<Map<String, Object>> items = given().when()
                .get("/api/v1/me/todo")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(items)
                .noneMatch(
                        item -> item.get("organisationId").equals(seeded.scene().org()));
        assertThat(items)
                .anyMatch(item ->
                        item.get("subjectId").equals(seeded.strangersRequest().toString()));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theCoordinatorsSeeEverythingDueInTheOrganisation() {
        JsonPath json = given().when()
                .get("/api/v1/organisations/" + seeded.scene().org() + "/todo" + UNTIL)
                .then()
                .statusCode(200)
                .body("truncated", equalTo(false))
                .extract()
                .jsonPath();
        System.out.println("TODO-ORG-EXAMPLE GET /api/v1/organisations/"
                + seeded.scene().org() + "/todo" + UNTIL + " → " + json.prettify());
        List<String> kinds = json.getList("items.kind");
        assertThat(kinds)
                .containsExactly(
                        "risk-action.complete",
                        "meeting.attend",
                        "meeting.attend",
                        "risk.review",
                        "decision.review",
                        // one per member, the five of them
                        "policy-version.acknowledge",
                        "policy-version.acknowledge",
                        "policy-version.acknowledge",
                        "policy-version.acknowledge",
                        "policy-version.acknowledge",
                        "approval-request.decide",
                        "assessment.validate");
        assertThat(json.getList("items.subjectId", String.class))
                .doesNotContain(seeded.strangersRequest().toString());
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aListEndsWhereUntilSays() {
        List<String> kinds = given().when()
                .get("/api/v1/organisations/" + seeded.scene().org() + "/todo?until="
                        + Deadlines.dayOf(Instant.now()).plusDays(3))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.kind");
        // the overdue action and the meeting in three days; no deadline: the request and the assessment
        assertThat(kinds)
                .containsExactly(
                        "risk-action.complete", "meeting.attend", "approval-request.decide", "assessment.validate");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aMalformedOrTooDistantUntilIsA400() {
        given().when()
                .get("/api/v1/me/todo?until=tomorrow")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().when()
                .get("/api/v1/me/todo?until=" + Deadlines.dayOf(Instant.now()).plusYears(2))
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerMayNotReadTheOrganisationsList() {
        IsolationCalls.toDo(seeded.scene().org()).forEach(call -> call.answers(403, "forbidden"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorMayNotReadTheOrganisationsList() {
        IsolationCalls.toDo(seeded.scene().org()).forEach(call -> call.answers(403, "forbidden"));
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void aMemberOfAnotherOrganisationGets404() {
        IsolationCalls.toDo(seeded.scene().org()).forEach(call -> call.answers(404, "not-found"));
    }

    @Test
    void withoutATokenTheListIs401() {
        given().when().get("/api/v1/me/todo").then().statusCode(401);
        given().when()
                .get("/api/v1/organisations/" + seeded.scene().org() + "/todo")
                .then()
                .statusCode(401);
    }
}
