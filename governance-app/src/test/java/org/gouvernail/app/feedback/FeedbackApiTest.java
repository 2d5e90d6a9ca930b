package org.gouvernail.app.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.Submitted;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.todo.DueItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feedback box through HTTP: submission in the three identity modes, the handlers' life cycle
 * with ETag/If-Match, the release of anonymous items at the next boundary, the receipt's follow-up
 * and conversation without an account, and the due items the deadlines become.
 */
@QuarkusTest
class FeedbackApiTest {

    private static Scene scene;

    @Inject
    World world;

    @Inject
    FeedbackBox box;

    @Inject
    FeedbackDueItems dueItems;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String feedback() {
        return "/api/v1/organisations/" + scene.org() + "/feedback";
    }

    private static String receipts() {
        return "/api/v1/public/organisations/" + scene.org() + "/feedback-receipts";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static FeedbackDraft concern(String text) {
        return new FeedbackDraft(FeedbackKind.CONCERN, null, text, null);
    }

    /** A day passes for this item: what a clock moved by a day would show, done on the row. */
    private void aDayPassesFor(FeedbackItem item) {
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update feedback_item set received_on = received_on - interval 1 day where id = :id")
                        .setParameter("id", item.id().toString())
                        .executeUpdate());
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aMemberSubmitsAnIdentifiedItemAndReadsItBackWithItsDeadlines() {
        JsonPath created = given().contentType("application/json")
                .body(
                        "{\"kind\":\"SUGGESTION\",\"identityMode\":\"IDENTIFIED\",\"text\":\"Traduire la charte en néerlandais\","
                                + "\"about\":{\"kind\":\"TOOL\",\"subjectId\":\""
                                + scene.tool().id() + "\"}}")
                .when()
                .post(feedback())
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("RECEIVED"))
                .body("receivedOn", equalTo(today().toString()))
                .body("acknowledgeBy", equalTo(today().plusDays(7).toString()))
                .body("answerBy", equalTo(today().plusDays(7).plusMonths(3).toString()))
                .body("late", equalTo(false))
                .body("about.kind", equalTo("TOOL"))
                .extract()
                .jsonPath();
        String id = created.getString("id");
        assertThat(java.util.UUID.fromString(id).version()).isEqualTo(4);

        given().when()
                .get(feedback() + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("author.name", equalTo(World.CONTRIBUTOR));
        given().when().get(feedback() + "/mine").then().statusCode(200).body("items.id", hasItem(id));
        given().when()
                .get(feedback())
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/forbidden"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void badInputIsAProblemNeverA500() {
        given().contentType("application/json")
                .header("Accept-Language", "en")
                .body("{\"kind\":\"RUMOUR\",\"identityMode\":\"IDENTIFIED\",\"text\":\"x\"}")
                .when()
                .post(feedback())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"kind\":\"CONCERN\",\"identityMode\":\"ANONYMOUS\",\"text\":\"x\"}")
                .when()
                .post(feedback())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("identityMode"));
        given().contentType("application/json")
                .body(
                        "{\"kind\":\"CONCERN\",\"identityMode\":\"IDENTIFIED\",\"text\":\"x\",\"about\":{\"kind\":\"NOTHING\","
                                + "\"subjectId\":\"" + scene.tool().id() + "\"}}")
                .when()
                .post(feedback())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body(
                        "{\"kind\":\"CONCERN\",\"identityMode\":\"IDENTIFIED\",\"text\":\"Papier\",\"channel\":\"PAPER\"}")
                .when()
                .post(feedback())
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theHandlerTakesAnItemThroughItsLifeCycleWithIfMatch() {
        FeedbackItem item = box.submit(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                concern("Sortie inventée"),
                IdentityMode.IDENTIFIED);
        String one = feedback() + "/" + item.id();

        given().when().post(one + "/acknowledge").then().statusCode(428).contentType("application/problem+json");
        given().header("If-Match", "\"7\"")
                .when()
                .post(one + "/acknowledge")
                .then()
                .statusCode(412);
        given().header("If-Match", "\"0\"")
                .when()
                .post(one + "/triage")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/feedback-transition-refused"));
        given().header("If-Match", "\"0\"")
                .when()
                .post(one + "/acknowledge")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedOn", equalTo(today().toString()))
                .body("answerBy", equalTo(today().plusMonths(3).toString()));
        given().header("If-Match", "\"1\"").when().post(one + "/triage").then().statusCode(200);
        given().header("If-Match", "\"2\"")
                .when()
                .post(one + "/plan-action")
                .then()
                .statusCode(200);
        given().contentType("application/json")
                .body("{\"text\":\"Pouvez-vous préciser l'outil ?\"}")
                .when()
                .post(one + "/messages")
                .then()
                .statusCode(200)
                .header("ETag", "\"4\"")
                .body("messages", hasSize(1))
                .body("messages[0].from", equalTo("HANDLER"));
        given().header("If-Match", "\"4\"")
                .contentType("application/json")
                .body("{}")
                .when()
                .post(one + "/close")
                .then()
                .statusCode(400);
        given().header("If-Match", "\"4\"")
                .contentType("application/json")
                .body("{\"answer\":\"La charte v2 interdit ce cas.\"}")
                .when()
                .post(one + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("settledOn", equalTo(today().toString()));
        given().header("If-Match", "\"5\"")
                .contentType("application/json")
                .body("{\"reason\":\"trop tard\"}")
                .when()
                .post(one + "/dismiss")
                .then()
                .statusCode(409);
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/organisations/" + scene.org() + "/audit-events")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aConfidentialAuthorIsShownToTheHandlerButTheAuditTrailNamesNoActor() {
        FeedbackItem item = box.submit(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                concern("Mon responsable colle des dossiers dans ChatGPT"),
                IdentityMode.CONFIDENTIAL);
        given().when()
                .get(feedback() + "/" + item.id())
                .then()
                .statusCode(200)
                .body("identityMode", equalTo("CONFIDENTIAL"))
                .body("author.name", equalTo(World.CONTRIBUTOR));
        Object[] audit = (Object[]) entityManager
                .createNativeQuery("select actor_subject, actor_name from audit_event where subject_id = :id")
                .setParameter("id", item.id().toString())
                .getSingleResult();
        assertThat(audit).containsExactly("confidential", "confidential");
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void anAnonymousItemReachesTheHandlersAtTheNextReleaseAndItsReporterFollowsItWithTheReceipt() {
        Submitted submitted = box.submitAnonymously(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                concern("Des fiches de bénéficiaires dans DeepL"),
                true);
        FeedbackItem item = submitted.item();
        String receipt = submitted.receipt().orElseThrow().digits();
        String one = feedback() + "/" + item.id();

        given().when()
                .get(feedback())
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(item.id().toString())));
        given().when().get(one).then().statusCode(404);
        assertThat(dueItems.dueIn(scene.organisation(), Instant.now().plusSeconds(400L * 24 * 3600), 200))
                .as("not even a due item before the release")
                .extracting(DueItem::subjectId)
                .doesNotContain(item.id().value());

        aDayPassesFor(item);
        given().when()
                .get(feedback())
                .then()
                .statusCode(200)
                .body("items.id", hasItem(item.id().toString()));
        given().when()
                .get(one)
                .then()
                .statusCode(200)
                .body("identityMode", equalTo("ANONYMOUS"))
                .body("author", nullValue())
                .body("withReceipt", equalTo(true));
        given().header("If-Match", "\"0\"")
                .when()
                .post(one + "/acknowledge")
                .then()
                .statusCode(200);
        given().contentType("application/json")
                .body("{\"text\":\"Merci. Quel service ?\"}")
                .when()
                .post(one + "/messages")
                .then()
                .statusCode(200);

        // the reporter, with the receipt as typed on paper, and no token at all
        given().contentType("application/json")
                .body("{\"receipt\":\"" + receipt.substring(0, 4) + " " + receipt.substring(4) + "\"}")
                .when()
                .post(receipts() + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("messages[0].from", equalTo("HANDLER"))
                .body("messages[0].handlerId", nullValue())
                .body("messages[0].text", equalTo("Merci. Quel service ?"));
        given().contentType("application/json")
                .body("{\"receipt\":\"" + receipt + "\",\"text\":\"Le service social.\"}")
                .when()
                .post(receipts() + "/messages")
                .then()
                .statusCode(200)
                .body("messages", hasSize(2))
                .body("messages[1].from", equalTo("REPORTER"));
        String wrong = receipt.startsWith("0") ? "1" + receipt.substring(1) : "0" + receipt.substring(1);
        given().contentType("application/json")
                .body("{\"receipt\":\"" + wrong + "\"}")
                .when()
                .post(receipts() + "/status")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"receipt\":\"12ab\"}")
                .when()
                .post(receipts() + "/status")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        List<Object[]> audit = entityManager
                .createNativeQuery(
                        "select actor_subject, action from audit_event where subject_id = :id order by action")
                .setParameter("id", item.id().toString())
                .getResultList();
        assertThat(audit)
                .extracting(row -> row[0] + " " + row[1])
                .contains(
                        "anonymous feedback.submitted",
                        "anonymous feedback.message-added",
                        World.DATA_REFERENT + " feedback.acknowledged");
    }

    @Test
    void theReceiptEndpointsNeedNoTokenAndTheOthersDo() {
        given().contentType("application/json")
                .body("{\"receipt\":\"0000000000000000\"}")
                .when()
                .post(receipts() + "/status")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"kind\":\"CONCERN\",\"text\":\"x\"}")
                .when()
                .post(feedback() + "/anonymous")
                .then()
                .statusCode(401);
        String receipt = given().contentType("application/json")
                .body("{\"kind\":\"QUESTION\",\"text\":\"Sans compte : qui lit ceci ?\",\"receipt\":true}")
                .when()
                .post("/api/v1/public/organisations/" + scene.org() + "/feedback")
                .then()
                .statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .extract()
                .path("receipt");
        given().contentType("application/json")
                .body("{\"receipt\":\"" + receipt + "\"}")
                .when()
                .post(receipts() + "/status")
                .then()
                .statusCode(200)
                .body("kind", equalTo("QUESTION"))
                .body("acknowledgeBy", equalTo(today().plusDays(7).toString()));
        given().contentType("application/json")
                .body("{\"kind\":\"QUESTION\",\"text\":\"x\"}")
                .when()
                .post("/api/v1/public/organisations/" + java.util.UUID.randomUUID() + "/feedback")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theDeadlinesAreDueItemsOfTheHandlersTitledByKindNeverByText() {
        FeedbackItem item = box.submit(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                concern("Texte privé du signalement"),
                IdentityMode.IDENTIFIED);
        Instant until = Instant.now().plusSeconds(30L * 24 * 3600);
        DueItem due = dueItems.dueIn(scene.organisation(), until, 200).stream()
                .filter(candidate -> candidate.subjectId().equals(item.id().value()))
                .findFirst()
                .orElseThrow();
        assertThat(due.kind()).isEqualTo("feedback.acknowledge");
        assertThat(due.title()).isEqualTo("CONCERN");
        assertThat(due.dueAt())
                .isEqualTo(today().plusDays(8).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(due.link()).isEqualTo(feedback() + "/" + item.id());
        assertThat(due.assignee().includes(scene.viewer()))
                .as("a viewer handles nothing")
                .isFalse();
        assertThat(dueItems.dueIn(
                        scene.organisation(),
                        today().plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        200))
                .as("not due before the end of its 7th day")
                .extracting(DueItem::subjectId)
                .doesNotContain(item.id().value());

        var referent = world.member(
                scene.organisation(), "ruth-" + item.id().toString().substring(0, 8), Role.PERSON_OF_TRUST);
        assertThat(dueItems.dueFor(List.of(referent, scene.viewer()), until, 200))
                .extracting(DueItem::subjectId)
                .contains(item.id().value());
        assertThat(dueItems.dueFor(List.of(scene.viewer()), until, 200)).isEmpty();

        FeedbackItem acknowledged =
                box.acknowledge(World.caller(World.DATA_REFERENT), scene.organisation(), item.id(), 0);
        DueItem answer = dueItems.dueIn(scene.organisation(), Instant.now().plusSeconds(200L * 24 * 3600), 200).stream()
                .filter(candidate -> candidate.subjectId().equals(item.id().value()))
                .findFirst()
                .orElseThrow();
        assertThat(answer.kind()).isEqualTo("feedback.answer");
        assertThat(answer.dueAt())
                .isEqualTo(acknowledged
                        .answerBy()
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant());
    }
}
