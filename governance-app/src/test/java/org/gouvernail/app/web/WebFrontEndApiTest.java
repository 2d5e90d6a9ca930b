package org.gouvernail.app.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The web front end's needs from the API process (docs/adr/0026): where a browser signs in, without a token, and
 * the page's security headers: a Content-Security-Policy that runs only the app's own code and lets it call the
 * API and the identity provider's issuer, nothing else.
 */
@QuarkusTest
class WebFrontEndApiTest {

    private static String issuer() {
        String url = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Test
    void aBrowserLearnsWhereToSignInWithoutAToken() {
        given().when()
                .get("/api/v1/public/sign-in")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("issuer", equalTo(issuer()))
                .body("clientId", equalTo("gouvernail-web"))
                .body("scope", equalTo("openid"));
    }

    @Test
    void thePageRunsOnlyItsOwnScriptsAndTalksOnlyToTheApiAndTheIssuer() {
        Response page = given().when().get("/");
        String policy = page.header("Content-Security-Policy");

        assertThat(policy)
                .contains("default-src 'self'")
                .contains("script-src 'self';")
                .contains("connect-src 'self' " + issuer() + "/;")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
        if (WebFrontEndApiTest.class.getResource("/META-INF/resources/index.html") != null) {
            // built unless -Dgouvernail.web.skip: the app itself, its script from the same origin only
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body().asString()).contains("<div id=\"app\">").doesNotContain("<script>");
        }
    }

    @Test
    void theApiKeepsItsOwnHeadersAndNoPagePolicy() {
        Response me = given().when().get("/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.header("Content-Security-Policy")).isNull();
        assertThat(me.header("Cache-Control")).isEqualTo("no-store");
    }
}
