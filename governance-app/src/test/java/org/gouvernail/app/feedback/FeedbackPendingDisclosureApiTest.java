package org.gouvernail.app.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.feedback.DisclosureOutcome;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.in.ThingsToDo;
import org.junit.jupiter.api.Test;

/**
 * The custodians' side of identity disclosure: the pending requests are listed for them (and only
 * them), and each is on their to-do list, without deadline, until one of them decides it; the
 * requester's to-do list does not carry it.
 */
@QuarkusTest
class FeedbackPendingDisclosureApiTest {

    @Inject
    World world;

    @Inject
    FeedbackBox box;

    @Inject
    ThingsToDo toDo;

    private static final Instant FAR = Instant.now().plus(400, ChronoUnit.DAYS);

    private List<DueItem> disclosuresDue(String subject, Scene scene) {
        return toDo.of(World.caller(subject), scene.organisation(), FAR).items().stream()
                .filter(item -> item.kind().equals("feedback-disclosure.decide"))
                .toList();
    }

    private List<DueItem> myDisclosuresDue(String subject) {
        return toDo.mine(World.caller(subject), FAR).items().stream()
                .filter(item -> item.kind().equals("feedback-disclosure.decide"))
                .toList();
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aPendingRequestIsListedForTheCustodiansAndDueForThemUntilDecided() {
        Scene scene = world.scene();
        String base = "/api/v1/organisations/" + scene.org() + "/feedback/disclosure-requests";
        FeedbackItem item = box.submit(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                new FeedbackDraft(FeedbackKind.CONCERN, null, "Un outil non validé", null),
                IdentityMode.CONFIDENTIAL);
        given().when().get(base).then().statusCode(200).body("items", hasSize(0));
        DisclosureRequest asked = box.requestDisclosure(
                World.caller(World.COMMITTEE), scene.organisation(), item.id(), "Plainte formelle");

        given().when()
                .get(base)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(asked.id().toString()))
                .body("items[0].itemId", equalTo(item.id().toString()))
                .body("items[0].reason", equalTo("Plainte formelle"));
        List<DueItem> due = myDisclosuresDue(World.DATA_REFERENT);
        assertThat(due).hasSize(1);
        assertThat(due.get(0).subjectId()).isEqualTo(asked.id().value());
        assertThat(due.get(0).dueAt()).isNull();
        assertThat(due.get(0).title()).isEmpty();
        assertThat(due.get(0).link()).endsWith("/feedback/" + item.id());
        assertThat(disclosuresDue(World.ADMIN, scene)).hasSize(1);
        // asked of the custodians, not of the requester nor of anyone else
        assertThat(myDisclosuresDue(World.COMMITTEE)).isEmpty();
        assertThat(myDisclosuresDue(World.CONTRIBUTOR)).isEmpty();

        box.decideDisclosure(
                World.caller(World.DATA_REFERENT),
                scene.organisation(),
                item.id(),
                asked.id(),
                DisclosureOutcome.REFUSED,
                "Aucun motif suffisant");
        given().when().get(base).then().statusCode(200).body("items", hasSize(0));
        assertThat(myDisclosuresDue(World.DATA_REFERENT)).isEmpty();
        assertThat(disclosuresDue(World.ADMIN, scene)).isEmpty();
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theRequesterDoesNotSeeTheCustodiansList() {
        Scene scene = world.scene();
        given().when()
                .get("/api/v1/organisations/" + scene.org() + "/feedback/disclosure-requests")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
