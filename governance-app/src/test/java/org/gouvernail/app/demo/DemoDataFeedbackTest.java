package org.gouvernail.app.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The demo data of ./run.sh seeds (a failure would stop the API at start-up) and its anonymous
 * feedback item answers the demo receipt printed in docs/api.md.
 */
@QuarkusTest
class DemoDataFeedbackTest {

    @Inject
    DemoData demo;

    @Inject
    EntityManager entityManager;

    @Test
    void theDemoSeedsAndItsAnonymousReporterFollowsTheItemWithTheDemoReceipt() {
        demo.seed();
        String entraide = (String) entityManager
                .createNativeQuery("select id from organisation where slug = 'entraide-quartier'")
                .getSingleResult();
        given().contentType("application/json")
                .body("{\"receipt\":\"4821 0937 5566 1208\"}")
                .when()
                .post("/api/v1/public/organisations/" + entraide + "/feedback-receipts/status")
                .then()
                .statusCode(200)
                .body("kind", equalTo("CONCERN"))
                .body("status", equalTo("RECEIVED"));
        given().contentType("application/json")
                .body("{\"receipt\":\"4821 0937 5566 1208\"}")
                .when()
                .post("/api/v1/public/organisations/" + UUID.randomUUID() + "/feedback-receipts/status")
                .then()
                .statusCode(404);
    }
}
