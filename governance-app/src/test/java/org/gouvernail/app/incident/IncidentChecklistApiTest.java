package org.gouvernail.app.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.port.in.IncidentLog;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The containment checklist through HTTP: personal data pasted in a public tool serves its five
 * steps in fr/en/nl on the incident, none ticked; a handler ticks one with If-Match (who and when
 * recorded, the incident's version moves); a step is ticked once (409 in the caller's language);
 * an unknown step is a 404; a contributor may not tick.
 */
@QuarkusTest
class IncidentChecklistApiTest {

    private static final Logger LOG = Logger.getLogger(IncidentChecklistApiTest.class);
    private static Scene scene;
    private static Incident incident;

    @Inject
    World world;

    @Inject
    IncidentLog log;

    @Inject
    Memberships memberships;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            incident = log.report(World.caller(World.DATA_REFERENT), scene.organisation(), IncidentFixtures.pasted());
        }
    }

    private static String one() {
        return "/api/v1/organisations/" + scene.org() + "/incidents/" + incident.id();
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aHandlerTicksAContainmentStepOnce() {
        given().when()
                .get(one())
                .then()
                .statusCode(200)
                .body("checklist.size()", equalTo(5))
                .body("checklist[0].code", equalTo("delete-conversation"))
                .body("checklist[0].text.fr", equalTo("Supprimer la conversation (et son historique) dans l'outil"))
                .body("checklist[0].text.nl", equalTo("Het gesprek (en de geschiedenis ervan) in de tool verwijderen"))
                .body("checklist[4].code", equalTo("inform-dpo"))
                .body("checklist[0].ticked", equalTo(false))
                .body("checklist[0].tickedBy", nullValue());
        given().when()
                .post(one() + "/checklist/delete-conversation/tick")
                .then()
                .statusCode(428);
        ValidatableResponse ticked = given().header("If-Match", "\"0\"")
                .when()
                .post(one() + "/checklist/delete-conversation/tick")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("checklist[0].ticked", equalTo(true))
                .body(
                        "checklist[0].tickedBy",
                        equalTo(memberships
                                .findActive(scene.organisation(), World.DATA_REFERENT)
                                .orElseThrow()
                                .id()
                                .toString()))
                .body("checklist[1].ticked", equalTo(false));
        LOG.info("WALKTHROUGH request: POST " + one() + "/checklist/delete-conversation/tick");
        LOG.info("WALKTHROUGH answer: " + ticked.extract().asString());
        given().header("If-Match", "\"1\"")
                .header("Accept-Language", "nl")
                .when()
                .post(one() + "/checklist/delete-conversation/tick")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/checklist-step-ticked"))
                .body("title", equalTo("Stap al afgevinkt"));
        given().header("If-Match", "\"1\"")
                .when()
                .post(one() + "/checklist/file-complaint/tick")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://gouvernail.org/problems/not-found"));
        given().when().get(one()).then().statusCode(200).body("checklist[0].ticked", equalTo(true));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorDoesNotTick() {
        given().header("If-Match", "\"0\"")
                .when()
                .post(one() + "/checklist/rotate-secrets/tick")
                .then()
                .statusCode(403);
    }
}
