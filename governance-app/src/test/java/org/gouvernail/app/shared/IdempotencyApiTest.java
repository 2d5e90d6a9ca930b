package org.gouvernail.app.shared;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.support.Tokens;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.shared.IdempotencyKey;
import org.gouvernail.domain.shared.RequestFingerprint;
import org.gouvernail.domain.shared.port.in.Idempotency;
import org.gouvernail.domain.shared.port.in.Idempotency.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key of POST requests through HTTP: a retry gets the first answer, never a second resource. */
@QuarkusTest
class IdempotencyApiTest {

    private static final String PROBLEMS = "https://gouvernail.org/problems/";
    private static Scene scene;

    @Inject
    World world;

    @Inject
    Idempotency idempotency;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String tools() {
        return "/api/v1/organisations/" + scene.org() + "/tools";
    }

    private static String tool(String name) {
        return "{\"name\":\"" + name + "\",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\"}";
    }

    private static Response post(String key, String body) {
        var spec = given().contentType("application/json")
                .header("Accept-Language", "en")
                .body(body);
        if (key != null) {
            spec.header("Idempotency-Key", key);
        }
        return spec.when().post(tools());
    }

    private static List<String> toolsNamed(String name) {
        return given().queryParam("text", name)
                .queryParam("limit", 200)
                .when()
                .get(tools())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndDeclaresNothingMore() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, tool("Retry once"));
        Response retry = post(key, tool("Retry once"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(toolsNamed("Retry once")).containsExactly(first.jsonPath().getString("id"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void theSameKeyWithAnotherBodyIsRefusedWith422() {
        String key = UUID.randomUUID().toString();
        post(key, tool("Key reused")).then().statusCode(201);

        post(key, tool("Key reused, other body"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "idempotency-mismatch"))
                .body("title", equalTo("Idempotency-Key already used"));
        given().contentType("application/json")
                .header("Idempotency-Key", key)
                .body(tool("Key reused"))
                .when()
                .post(tools() + "?probe=1")
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "idempotency-mismatch"));
        assertThat(toolsNamed("Key reused")).hasSize(1);
    }

    /** Real tokens here: the key's scope is the OIDC subject of the token. */
    @Test
    void anotherCallerWithTheSameKeyGetsItsOwnResource() {
        String alice = Tokens.accessToken("alice");
        String org = given().auth()
                .oauth2(alice)
                .contentType("application/json")
                .body("{\"kind\":\"ASSOCIATION\",\"name\":\"Clés partagées\",\"slug\":\"keys-"
                        + UUID.randomUUID().toString().substring(0, 8) + "\",\"country\":\"BE\"}")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(alice)
                .contentType("application/json")
                .body(
                        "{\"email\":\"bob@demo.gouvernail.org\",\"displayName\":\"Bob\",\"personType\":\"STAFF\",\"roles\":[\"CONTRIBUTOR\"]}")
                .when()
                .post("/api/v1/organisations/" + org + "/members")
                .then()
                .statusCode(201);
        String bob = Tokens.accessToken("bob");
        given().auth().oauth2(bob).when().get("/api/v1/me").then().statusCode(200);
        String key = "shared-key-" + UUID.randomUUID();
        String path = "/api/v1/organisations/" + org + "/tools";

        String alices = given().auth()
                .oauth2(alice)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(tool("Same key, two callers"))
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract()
                .path("id");
        String bobs = given().auth()
                .oauth2(bob)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(tool("Same key, two callers"))
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract()
                .path("id");
        String bobsRetry = given().auth()
                .oauth2(bob)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(tool("Same key, two callers"))
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .extract()
                .path("id");

        assertThat(bobs).isNotEqualTo(alices).isEqualTo(bobsRetry);
        assertThat(given().auth()
                        .oauth2(alice)
                        .when()
                        .get(path)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .<String>getList("items.id"))
                .containsExactlyInAnyOrder(alices, bobs);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aRefusedRequestIsReplayedAsRefused() {
        String key = UUID.randomUUID().toString();
        String invalid = "{\"name\":\"\",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\"}";
        Response first = post(key, invalid);
        Response retry = post(key, invalid);

        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(retry.statusCode()).isEqualTo(400);
        assertThat(retry.contentType()).startsWith("application/problem+json");
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void withoutTheHeaderEveryPostDeclaresAgain() {
        post(null, tool("No key")).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        post(null, tool("No key")).then().statusCode(201).header("Idempotent-Replayed", nullValue());

        assertThat(toolsNamed("No key")).hasSize(2);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aKeyOutsidePrintableAsciiOrTooLongIsRefusedWith400() {
        post("é", tool("Bad key")).then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-idempotency-key"));
        post("k".repeat(201), tool("Bad key"))
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-idempotency-key"));
        post("k".repeat(200), tool("Bad key")).then().statusCode(201);

        assertThat(toolsNamed("Bad key")).hasSize(1);
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aForbiddenPostIsReplayedAsForbidden() {
        String key = UUID.randomUUID().toString();
        post(key, tool("Viewer try")).then().statusCode(403);
        post(key, tool("Viewer try"))
                .then()
                .statusCode(403)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("type", equalTo(PROBLEMS + "forbidden"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aRetryWhileTheFirstRequestRunsGets409AndMayRetryLater() {
        IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString());
        String body = tool("Still running");
        RequestFingerprint request = RequestFingerprint.of("POST", tools(), body.getBytes(StandardCharsets.UTF_8));
        assertThat(idempotency
                        .reserve(World.caller(World.CONTRIBUTOR), key, request)
                        .outcome())
                .isEqualTo(Outcome.RESERVED);

        post(key.value(), body)
                .then()
                .statusCode(409)
                .header("Retry-After", "1")
                .body("type", equalTo(PROBLEMS + "idempotency-in-progress"));

        idempotency.release(World.caller(World.CONTRIBUTOR), key);
        post(key.value(), body).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertThat(toolsNamed("Still running")).hasSize(1);
    }

    @Test
    void withoutAValidTokenTheKeyChangesNothingAndTheAnswerIs401() {
        given().contentType("application/json")
                .header("Idempotency-Key", "k")
                .body(tool("Anonymous"))
                .when()
                .post(tools())
                .then()
                .statusCode(401)
                .header("Idempotent-Replayed", nullValue());
        given().auth()
                .oauth2("not-a-jwt")
                .contentType("application/json")
                .header("Idempotency-Key", "k")
                .body(tool("Anonymous"))
                .when()
                .post(tools())
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
