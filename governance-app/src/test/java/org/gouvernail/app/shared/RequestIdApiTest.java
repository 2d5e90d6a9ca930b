package org.gouvernail.app.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.gouvernail.app.support.World;
import org.junit.jupiter.api.Test;

/** X-Request-Id: kept when well formed, made otherwise, on every response and in every problem document. */
@QuarkusTest
class RequestIdApiTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    @TestSecurity(user = World.ADMIN)
    void aWellFormedIdIsEchoedOnASuccessAndInAProblem() {
        given().header("X-Request-Id", "edge-7f3a:42")
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "edge-7f3a:42");
        given().header("X-Request-Id", "lb/Root=1-67891233")
                .when()
                .get("/api/v1/organisations/01a22315-8626-746f-a6aa-b09688a82ff8")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "lb/Root=1-67891233")
                .body("requestId", equalTo("lb/Root=1-67891233"));
    }

    @Test
    void withoutAnIdEachResponseGetsANewOne() {
        Response first = given().when().get("/q/health/live");
        Response second = given().when().get("/api/v1/me");
        assertThat(first.header("X-Request-Id")).matches(UUID);
        assertThat(second.statusCode()).isEqualTo(401);
        assertThat(second.header("X-Request-Id")).matches(UUID).isNotEqualTo(first.header("X-Request-Id"));
        assertThat(second.jsonPath().getString("requestId")).isEqualTo(second.header("X-Request-Id"));
    }

    @Test
    void anIllFormedIdIsReplacedNotRefused() {
        for (String offered : new String[] {"x".repeat(129), "a b", "id\"quoted", "é", ""}) {
            Response response = given().header("X-Request-Id", offered).when().get("/q/health/live");
            assertThat(response.statusCode()).as(offered).isEqualTo(200);
            assertThat(response.header("X-Request-Id")).as(offered).matches(UUID);
        }
        given().header("X-Request-Id", "y".repeat(128))
                .when()
                .get("/q/health/live")
                .then()
                .header("X-Request-Id", "y".repeat(128));
    }

    @Test
    void theRefusalsOfTheRoutingEdgeCarryItToo() {
        given().header("X-Request-Id", "too-long-line")
                .when()
                .get("/api/v1/organisations?text=" + "a".repeat(5000))
                .then()
                .statusCode(414)
                .header("X-Request-Id", "too-long-line")
                .body("requestId", equalTo("too-long-line"));
        given().when().delete("/api/v1/me").then().header("X-Request-Id", matchesPattern(UUID));
    }
}
