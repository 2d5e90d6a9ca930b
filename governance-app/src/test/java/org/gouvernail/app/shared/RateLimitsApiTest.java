package org.gouvernail.app.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import org.gouvernail.app.support.Tokens;
import org.gouvernail.rest.shared.RateLimits;
import org.gouvernail.rest.shared.RateLimits.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rate limits through HTTP, with real tokens (their subject is the caller's key): limits made
 * small for the test at run time, then given back to the rest of the suite, which runs far below
 * the test profile's.
 */
@QuarkusTest
class RateLimitsApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    RateLimits rateLimits;

    private Limits suite;

    @BeforeEach
    void narrow() {
        suite = rateLimits.limits();
        // ten minutes: nothing comes back while a test runs, however slow the machine
        rateLimits.apply(new Limits(true, 3, 2, Duration.ofMinutes(10), 100));
    }

    @AfterEach
    void restore() {
        rateLimits.apply(suite);
    }

    private static ExtractableResponse<Response> me(String token) {
        return (token == null ? given() : given().auth().oauth2(token))
                .header("Accept-Language", "en")
                .when()
                .get("/api/v1/me")
                .then()
                .extract();
    }

    @Test
    void aCallerOverItsLimitGets429WithRetryAfterAndOthersGoOn() {
        String alice = Tokens.accessToken("alice");
        String bob = Tokens.accessToken("bob");
        for (int i = 0; i < 3; i++) {
            assertThat(me(alice).statusCode()).isEqualTo(200);
        }

        ExtractableResponse<Response> refused = me(alice);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith(PROBLEM);
        assertThat(refused.header("Content-Language")).isEqualTo("en");
        assertThat(refused.<String>path("type")).isEqualTo("https://gouvernail.org/problems/rate-limited");
        assertThat(refused.<String>path("title")).isEqualTo("Too many requests");
        assertThat(refused.<Integer>path("status")).isEqualTo(429);
        assertThat(refused.<String>path("instance")).isEqualTo("/api/v1/me");
        // three requests refilled over ten minutes: the next one in up to 200 s
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(150L, 200L);
        assertThat(refused.<String>path("detail")).contains(retryAfter + " s");
        given().auth()
                .oauth2(alice)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(429)
                .header("Content-Language", "fr")
                .body("title", equalTo("Trop de requêtes"));

        assertThat(me(bob).statusCode()).as("another caller").isEqualTo(200);
        assertThat(me(null).statusCode()).as("the address's own bucket").isEqualTo(401);
    }

    @Test
    void aRefusedCallerGetsThroughAfterRetryAfter() throws InterruptedException {
        rateLimits.apply(new Limits(true, 1, 1, Duration.ofSeconds(5), 100));
        String alice = Tokens.accessToken("alice");
        ExtractableResponse<Response> answer = me(alice);
        for (int i = 0; i < 10 && answer.statusCode() == 200; i++) {
            answer = me(alice);
        }
        assertThat(answer.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(answer.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 5L);

        Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(100).toMillis());

        assertThat(me(alice).statusCode()).isEqualTo(200);
    }

    @Test
    void callsWithoutAValidTokenAreCountedPerAddressAndHealthNever() {
        String alice = Tokens.accessToken("alice");
        String[] parts = alice.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        // under the limit a forged token is still the resource's 401 problem, not the security layer's bare one
        ExtractableResponse<Response> unauthorized = me(forged);
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.contentType()).startsWith(PROBLEM);
        assertThat(me(null).statusCode()).isEqualTo(401);

        ExtractableResponse<Response> refused = me(null);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith(PROBLEM);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(250L, 300L);
        // a forged token is no way around the limit: it counts as a call without a token
        assertThat(me(forged).statusCode()).isEqualTo(429);
        given().when().get("/q/openapi").then().statusCode(429).contentType(containsString(PROBLEM));

        // a valid token is the caller's own bucket, even from the same address
        assertThat(me(alice).statusCode()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            given().when().get("/q/health/live").then().statusCode(200);
            given().when().get("/q/health/ready").then().statusCode(200);
        }
    }

    @Test
    void switchedOffNothingIsCounted() {
        rateLimits.apply(new Limits(false, 1, 1, Duration.ofMinutes(1), 100));

        for (int i = 0; i < 5; i++) {
            assertThat(me(null).statusCode()).isEqualTo(401);
        }
    }
}
