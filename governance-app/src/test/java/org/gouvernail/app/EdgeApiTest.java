package org.gouvernail.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The edge of the API as browsers, caches and the reverse proxy see it (issue 10): no response of
 * the API may be kept by a shared cache, a 405 says which methods the path takes, X-Forwarded-*
 * headers count from a trusted proxy only, and the metrics need the scraper's role.
 */
@QuarkusTest
class EdgeApiTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String METHOD_NOT_ALLOWED = "https://gouvernail.org/problems/method-not-allowed";
    private static final String TOOL_BODY =
            "{\"name\":\"Forwarded\",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\"}";
    private static Scene scene;

    @Inject
    World world;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String tools() {
        return "/api/v1/organisations/" + scene.org() + "/tools";
    }

    private static String tool() {
        return tools() + "/" + scene.tool().id();
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aReadAndItsConditionalRepeatAreNeverStoredByACache() {
        String etag = given().when()
                .get(tool())
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .header("ETag");
        assertThat(etag).isNotBlank();

        given().header("If-None-Match", etag)
                .when()
                .get(tool())
                .then()
                .statusCode(304)
                .header("Cache-Control", "no-store")
                .header("ETag", etag);
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aProblemAndAnExportAreNeverStoredByACache() {
        given().when()
                .get(tools() + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .header("Cache-Control", "no-store");
        given().when()
                .get(tools() + "/export")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Cache-Control", "no-store");
        given().queryParam("format", "json")
                .when()
                .get(tools() + "/export")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");
    }

    @Test
    void aRefusedTokenIsNotStoredEither() {
        given().when().get("/api/v1/me").then().statusCode(401).header("Cache-Control", "no-store");
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void a405NamesTheMethodsThePathTakesInAllow() {
        given().header("Accept-Language", "en")
                .when()
                .delete("/api/v1/me")
                .then()
                .statusCode(405)
                .contentType(PROBLEM_JSON)
                .header("Allow", "GET, HEAD, OPTIONS")
                .body("type", equalTo(METHOD_NOT_ALLOWED))
                .body("title", equalTo("Method not allowed"));
        given().contentType("application/json")
                .body("{}")
                .when()
                .put(tool())
                .then()
                .statusCode(405)
                .contentType(PROBLEM_JSON)
                .header("Allow", "GET, HEAD, PATCH, DELETE, OPTIONS")
                .body("type", equalTo(METHOD_NOT_ALLOWED));
        given().when()
                .patch(tools())
                .then()
                .statusCode(405)
                .header("Allow", "GET, HEAD, POST, OPTIONS")
                .header("Cache-Control", "no-store");
    }

    @Test
    void optionsAnswersTheSameMethodsAsA405() {
        given().when().options(tool()).then().statusCode(204).header("Allow", "GET, HEAD, PATCH, DELETE, OPTIONS");
        given().when().options(tool() + "/retire").then().statusCode(204).header("Allow", "POST, OPTIONS");
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void behindTheTrustedProxyLocationNamesThePublicHttpsAddress() {
        given().contentType("application/json")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "gouvernail.example.org")
                .header("X-Forwarded-For", "203.0.113.7")
                .body(TOOL_BODY)
                .when()
                .post(tools())
                .then()
                .statusCode(201)
                .header("Location", startsWith("https://gouvernail.example.org" + tools() + "/"));
        given().contentType("application/json")
                .body(TOOL_BODY)
                .when()
                .post(tools())
                .then()
                .statusCode(201)
                .header("Location", startsWith("http://" + root.getHost() + ":" + root.getPort() + tools() + "/"));
    }

    /**
     * Swagger UI served by the API through the proxy posts from the API's own public origin: the
     * CORS check sees the same origin only once the forwarded scheme and host are believed.
     */
    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void behindTheTrustedProxyAPageOfThePublicOriginIsSameOrigin() {
        given().contentType("application/json")
                .header("Origin", "https://gouvernail.example.org")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "gouvernail.example.org")
                .body(TOOL_BODY)
                .when()
                .post(tools())
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .header("Origin", "https://gouvernail.example.org")
                .body(TOOL_BODY)
                .when()
                .post(tools())
                .then()
                .statusCode(403);
    }

    /**
     * The test server listens on the loopback interface; a client bound to 127.0.0.2 reaches it
     * from an address of that interface which the default trusted list (127.0.0.1, ::1) leaves out.
     */
    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void fromAnUntrustedAddressTheForwardedHeadersAreIgnored() throws IOException {
        InetAddress server = InetAddress.getByName(root.getHost());
        assertThat(server.getHostAddress()).as("the test server's address").isEqualTo("127.0.0.1");
        byte[] body = TOOL_BODY.getBytes(StandardCharsets.UTF_8);
        String request = "POST " + tools() + " HTTP/1.1\r\n"
                + "Host: " + root.getHost() + ":" + root.getPort() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "X-Forwarded-Proto: https\r\n"
                + "X-Forwarded-Host: attacker.example\r\n"
                + "Connection: close\r\n\r\n";
        String response;
        try (Socket socket = new Socket(server, root.getPort(), InetAddress.getByName("127.0.0.2"), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        assertThat(response).startsWith("HTTP/1.1 201");
        Matcher location = Pattern.compile("(?im)^location: (\\S+)").matcher(response);
        assertThat(location.find()).as(response).isTrue();
        assertThat(location.group(1)).startsWith("http://" + root.getHost() + ":" + root.getPort() + tools() + "/");
    }

    @Test
    void theMetricsAreNotPublic() {
        given().when().get("/q/metrics").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theMetricsNeedTheScrapersRoleNotAnyToken() {
        given().when().get("/q/metrics").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "prometheus", roles = "gouvernail-metrics")
    void theScraperReadsTheMetrics() {
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("jvm_threads_live_threads"));
    }

    @Test
    void healthStaysPublic() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
