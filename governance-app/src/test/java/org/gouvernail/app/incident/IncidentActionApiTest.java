package org.gouvernail.app.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentAction;
import org.gouvernail.domain.incident.port.in.IncidentActionPlan;
import org.gouvernail.domain.incident.port.in.IncidentLog;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.todo.DueItem;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The actions of an incident's response through HTTP: a handler plans one for a member with a due
 * date; it is on that member's to-do list (not on others') from its due date; the owner records it
 * done with If-Match, after which it leaves the list; a settled action stays settled (409, in the
 * caller's language); only handlers plan and cancel; the owner must be a member.
 */
@QuarkusTest
class IncidentActionApiTest {

    private static final Logger LOG = Logger.getLogger(IncidentActionApiTest.class);
    private static Scene scene;
    private static Incident incident;

    @Inject
    World world;

    @Inject
    IncidentLog log;

    @Inject
    IncidentActionPlan plan;

    @Inject
    Memberships memberships;

    @Inject
    IncidentActionDueItems dueItems;

    @Inject
    Clock clock;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            incident = log.report(World.caller(World.DATA_REFERENT), scene.organisation(), IncidentFixtures.pasted());
        }
    }

    private static String actions() {
        return "/api/v1/organisations/" + scene.org() + "/incidents/" + incident.id() + "/actions";
    }

    private Membership member(String subject) {
        return memberships.findActive(scene.organisation(), subject).orElseThrow();
    }

    private static void log(String request, ValidatableResponse answer) {
        LOG.info("WALKTHROUGH request: " + request);
        LOG.info("WALKTHROUGH answer: " + answer.extract().statusCode() + " "
                + answer.extract().asString());
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aHandlerPlansAnActionThatGoesLateAndCancelsItOnce() {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        String body = "{\"title\":\"Demander à l'éditeur la suppression des données\",\"ownerId\":\""
                + member(World.CONTRIBUTOR).id() + "\",\"dueOn\":\"" + yesterday + "\"}";
        ValidatableResponse planned = given().contentType("application/json")
                .body(body)
                .when()
                .post(actions())
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("state", equalTo("OPEN"))
                .body("late", equalTo(true))
                .body("ownerId", equalTo(member(World.CONTRIBUTOR).id().toString()))
                .body("createdBy", equalTo(member(World.DATA_REFERENT).id().toString()))
                .body("settledAt", nullValue());
        log("POST " + actions() + " " + body, planned);
        String id = planned.extract().path("id");
        given().when().get(actions() + "/" + id).then().statusCode(200).header("ETag", "\"0-late\"");
        given().when().get(actions()).then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));

        given().contentType("application/json")
                .body("{\"reason\":\"Le fournisseur a déjà supprimé le compte\"}")
                .when()
                .post(actions() + "/" + id + "/cancel")
                .then()
                .statusCode(428);
        ValidatableResponse cancelled = given().header("If-Match", "\"0\"")
                .contentType("application/json")
                .body("{\"reason\":\"Le fournisseur a déjà supprimé le compte\"}")
                .when()
                .post(actions() + "/" + id + "/cancel")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("state", equalTo("CANCELLED"))
                .body("late", equalTo(false))
                .body("note", equalTo("Le fournisseur a déjà supprimé le compte"))
                .body("settledBy", equalTo(member(World.DATA_REFERENT).id().toString()));
        log("POST " + actions() + "/" + id + "/cancel", cancelled);
        given().header("If-Match", "\"1\"")
                .header("Accept-Language", "fr")
                .contentType("application/json")
                .body("{\"note\":\"fait quand même\"}")
                .when()
                .post(actions() + "/" + id + "/done")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/incident-action-settled"))
                .body("title", equalTo("Action déjà réglée"));
        given().header("If-Match", "\"1\"")
                .contentType("application/json")
                .body("{}")
                .when()
                .post(actions() + "/" + id + "/cancel")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theOwnerMustBeAMemberAndTheDueDateIsRequired() {
        given().contentType("application/json")
                .body("{\"title\":\"x\",\"ownerId\":\""
                        + memberships
                                .findActive(scene.other(), World.STRANGER)
                                .orElseThrow()
                                .id() + "\",\"dueOn\":\"2026-12-01\"}")
                .when()
                .post(actions())
                .then()
                .statusCode(404)
                .body("type", equalTo("https://gouvernail.org/problems/not-found"));
        given().contentType("application/json")
                .body("{\"title\":\"x\",\"ownerId\":\"" + member(World.VIEWER).id() + "\"}")
                .when()
                .post(actions())
                .then()
                .statusCode(400);
        given().when()
                .get("/api/v1/organisations/" + scene.org() + "/incidents/" + java.util.UUID.randomUUID() + "/actions")
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void theOwnerFindsTheActionOnTheirListAndRecordsItDoneButNotOthersActions() {
        LocalDate today = LocalDate.now(clock);
        IncidentAction mine = plan.plan(
                World.caller(World.DATA_REFERENT),
                scene.organisation(),
                incident.id(),
                "Changer la clé d'API collée dans la conversation",
                member(World.CONTRIBUTOR).id(),
                today.minusDays(1));
        IncidentAction later = plan.plan(
                World.caller(World.DATA_REFERENT),
                scene.organisation(),
                incident.id(),
                "Former l'équipe",
                member(World.CONTRIBUTOR).id(),
                today.plusDays(30));
        IncidentAction viewers = plan.plan(
                World.caller(World.DATA_REFERENT),
                scene.organisation(),
                incident.id(),
                "Vérifier le réglage d'entraînement",
                member(World.VIEWER).id(),
                today.minusDays(1));
        Instant now = clock.instant();
        List<DueItem> due = dueItems.dueFor(List.of(member(World.CONTRIBUTOR)), now, 100);
        assertThat(due)
                .extracting(DueItem::subjectId)
                .contains(mine.id().value())
                .doesNotContain(later.id().value(), viewers.id().value());
        assertThat(due)
                .filteredOn(item -> item.subjectId().equals(mine.id().value()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.kind()).isEqualTo("incident-action.do");
                    assertThat(item.assignee().includes(member(World.CONTRIBUTOR)))
                            .isTrue();
                    assertThat(item.assignee().includes(member(World.VIEWER))).isFalse();
                });
        assertThat(dueItems.dueIn(scene.organisation(), now, 100))
                .extracting(DueItem::subjectId)
                .contains(mine.id().value(), viewers.id().value())
                .doesNotContain(later.id().value());

        given().contentType("application/json")
                .body("{\"title\":\"x\",\"ownerId\":\""
                        + member(World.CONTRIBUTOR).id() + "\",\"dueOn\":\"2026-12-01\"}")
                .when()
                .post(actions())
                .then()
                .statusCode(403);
        given().header("If-Match", "\"0\"")
                .contentType("application/json")
                .body("{}")
                .when()
                .post(actions() + "/" + viewers.id() + "/done")
                .then()
                .statusCode(403);
        given().header("If-Match", "\"0\"")
                .contentType("application/json")
                .body("{\"reason\":\"non\"}")
                .when()
                .post(actions() + "/" + mine.id() + "/cancel")
                .then()
                .statusCode(403);
        ValidatableResponse done = given().header("If-Match", "\"0\"")
                .contentType("application/json")
                .body("{\"note\":\"Clé révoquée et remplacée\"}")
                .when()
                .post(actions() + "/" + mine.id() + "/done")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("state", equalTo("DONE"))
                .body("settledBy", equalTo(member(World.CONTRIBUTOR).id().toString()));
        log("POST " + actions() + "/" + mine.id() + "/done {\"note\":\"Clé révoquée et remplacée\"}", done);
        assertThat(dueItems.dueFor(List.of(member(World.CONTRIBUTOR)), now, 100))
                .extracting(DueItem::subjectId)
                .doesNotContain(mine.id().value());
    }
}
