package org.gouvernail.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gouvernail.app.support.KeycloakTestResource;
import org.gouvernail.app.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * End to end with the real Keycloak of the suite (demo realm), as a browser would: Swagger UI's
 * "Authorize" and a front end on a dev server sign in with the authorization code flow and PKCE
 * S256 on the public client {@code gouvernail-web}, exchange the code from the page's origin
 * (CORS) and call the API; a request without PKCE, a redirect to an unlisted address and an
 * unlisted origin are refused; ten wrong passwords lock an account; Prometheus reads
 * /q/metrics with its service account's token. Same test profile as {@link SecurityEndToEndTest}:
 * the same Keycloak.
 */
@QuarkusTest
class BrowserLoginEndToEndTest {

    private static final String CLIENT = "gouvernail-web";
    private static final String SWAGGER_REDIRECT = "http://localhost:8080/q/swagger-ui/oauth2-redirect.html";
    private static final String VITE_REDIRECT = "http://localhost:5173/callback";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern ANY_FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);

    /**
     * Cookies as a browser keeps them for http://localhost, which it counts as a secure context:
     * Keycloak marks its login cookies Secure there, and the JDK's CookieManager sends a Secure
     * cookie over https only, so it is asked as if the address were https.
     */
    private static final class LocalhostCookies extends CookieHandler {
        private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            try {
                URI secure = new URI(
                        "https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
                return jar.get(secure, headers);
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            jar.put(uri, headers);
        }
    }

    /** One browser: its own cookie jar, and redirects read rather than followed. */
    private record Browser(HttpClient http) {
        static Browser open() {
            return new Browser(HttpClient.newBuilder()
                    .cookieHandler(new LocalhostCookies())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build());
        }

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        HttpResponse<String> postForm(String url, Map<String, String> form, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(form)));
            headers.forEach(request::header);
            return send(request);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private record Pkce(String verifier, String challenge) {
        static Pkce fresh() {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                byte[] digest =
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(
                        verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void swaggerUiSignsInWithAuthorizationCodeAndPkceAndItsTokenCallsTheApi() {
        HttpResponse<String> tokens = signInWithPkce("erin", SWAGGER_REDIRECT, "http://localhost:8080");

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");
        given().auth()
                .oauth2(field(tokens, "access_token"))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("email", equalTo("erin@demo.gouvernail.org"));
    }

    @Test
    void aFrontEndOnTheViteDevServerGetsItsTokenAcrossOrigins() {
        HttpResponse<String> tokens = signInWithPkce("carol", VITE_REDIRECT, "http://localhost:5173");

        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        given().auth()
                .oauth2(field(tokens, "access_token"))
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("email", equalTo("carol@demo.gouvernail.org"));
    }

    @Test
    void anOriginTheRealmDoesNotListIsNotAllowedToReadTheToken() {
        HttpResponse<String> tokens = signInWithPkce("carol", VITE_REDIRECT, "http://localhost:4200");

        assertThat(tokens.headers().allValues("Access-Control-Allow-Origin"))
                .doesNotContain("http://localhost:4200", "*");
    }

    @Test
    void theWebClientRefusesALoginWithoutPkce() {
        Browser browser = Browser.open();
        Map<String, String> query = authorizationQuery(VITE_REDIRECT);

        HttpResponse<String> withoutChallenge = browser.get(authorizationUrl(query));

        assertThat(withoutChallenge.statusCode()).isEqualTo(302);
        String location = withoutChallenge.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(VITE_REDIRECT).contains("error=invalid_request");
        assertThat(decode(location)).contains("code_challenge_method");
        assertThat(parameter(location, "code")).isNull();

        query.put("code_challenge", Pkce.fresh().verifier());
        query.put("code_challenge_method", "plain");
        HttpResponse<String> plain = browser.get(authorizationUrl(query));
        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(plain.headers().firstValue("Location").orElseThrow()).contains("error=invalid_request");
    }

    @Test
    void aRedirectToAnAddressTheRealmDoesNotListIsRefused() {
        Map<String, String> query = authorizationQuery("http://localhost:9999/callback");
        query.put("code_challenge", Pkce.fresh().challenge());
        query.put("code_challenge_method", "S256");

        HttpResponse<String> refused = Browser.open().get(authorizationUrl(query));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void swaggerUiIsPresetForTheWebClientWithPkce() {
        given().when()
                .get("/q/swagger-ui/index.html")
                .then()
                .statusCode(200)
                .body(containsString("clientId: 'gouvernail-web'"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"));
    }

    @Test
    void tenWrongPasswordsLockTheAccountEvenForTheRightOne() {
        String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "right-" + UUID.randomUUID();
        createUser(username, password);
        assertThat(passwordGrant(username, password).statusCode()).isEqualTo(200);

        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(passwordGrant(username, "wrong-" + attempt).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = passwordGrant(username, password);
        assertThat(locked.statusCode()).as(locked.body()).isNotEqualTo(200);
        assertThat(locked.body()).doesNotContain("access_token");
    }

    @Test
    void prometheusReadsTheMetricsWithItsServiceAccountAndNobodyElseDoes() {
        HttpResponse<String> scraper = Browser.open()
                .postForm(
                        tokenUrl(),
                        Map.of(
                                "grant_type", "client_credentials",
                                "client_id", "gouvernail-metrics",
                                "client_secret", "demo-metrics-secret"),
                        Map.of());
        assertThat(scraper.statusCode()).as(scraper.body()).isEqualTo(200);

        given().auth()
                .oauth2(field(scraper, "access_token"))
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        given().auth()
                .oauth2(Tokens.accessToken("alice"))
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(403);
        given().when().get("/q/metrics").then().statusCode(401);
    }

    /** The whole browser flow: login page, credentials, code from the redirect, code exchanged from {@code origin}. */
    private static HttpResponse<String> signInWithPkce(String user, String redirectUri, String origin) {
        Browser browser = Browser.open();
        Pkce pkce = Pkce.fresh();
        Map<String, String> query = authorizationQuery(redirectUri);
        query.put("code_challenge", pkce.challenge());
        query.put("code_challenge_method", "S256");

        HttpResponse<String> loginPage = browser.get(authorizationUrl(query));
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        HttpResponse<String> signedIn = browser.postForm(
                formAction(loginPage.body()), Map.of("username", user, "password", user, "credentialId", ""), Map.of());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirectUri);
        assertThat(parameter(location, "state")).isEqualTo(query.get("state"));
        String code = parameter(location, "code");
        assertThat(code).as(location).isNotNull();

        return browser.postForm(
                tokenUrl(),
                Map.of(
                        "grant_type", "authorization_code",
                        "client_id", CLIENT,
                        "code", code,
                        "redirect_uri", redirectUri,
                        "code_verifier", pkce.verifier()),
                Map.of("Origin", origin));
    }

    private static Map<String, String> authorizationQuery(String redirectUri) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", CLIENT);
        query.put("response_type", "code");
        query.put("scope", "openid");
        query.put("redirect_uri", redirectUri);
        query.put("state", UUID.randomUUID().toString());
        return query;
    }

    private static String authorizationUrl(Map<String, String> query) {
        return KeycloakTestResource.realmUrl() + "/protocol/openid-connect/auth?" + form(query);
    }

    private static String tokenUrl() {
        return KeycloakTestResource.realmUrl() + "/protocol/openid-connect/token";
    }

    private static HttpResponse<String> passwordGrant(String username, String password) {
        return Browser.open()
                .postForm(
                        tokenUrl(),
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                Tokens.CLIENT_ID,
                                "username",
                                username,
                                "password",
                                password),
                        Map.of());
    }

    /** A user of this test alone, made with the admin API: locking it out disturbs no other test. */
    private static void createUser(String username, String password) {
        HttpResponse<String> admin = Browser.open()
                .postForm(
                        KeycloakTestResource.baseUrl() + "/realms/master/protocol/openid-connect/token",
                        Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "admin-cli",
                                "username",
                                KeycloakTestResource.ADMIN,
                                "password",
                                KeycloakTestResource.ADMIN_PASSWORD),
                        Map.of());
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        String user = """
                {"username": "%s", "enabled": true, "email": "%s@demo.gouvernail.org", "emailVerified": true,
                 "firstName": "Lock", "lastName": "Out",
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}
                """.formatted(username, username, password);
        try {
            HttpResponse<String> created = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(KeycloakTestResource.baseUrl() + "/admin/realms/"
                                            + KeycloakTestResource.REALM + "/users"))
                                    .header("Authorization", "Bearer " + field(admin, "access_token"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(user))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String formAction(String html) {
        Matcher login = FORM_ACTION.matcher(html);
        Matcher any = ANY_FORM_ACTION.matcher(html);
        String action = login.find() ? login.group(1) : any.find() ? any.group(1) : null;
        assertThat(action).as("login form of\n" + html).isNotNull();
        return action.replace("&amp;", "&");
    }

    private static String parameter(String url, String name) {
        String query = URI.create(url).getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return decode(pair.substring(equals + 1));
            }
        }
        return null;
    }

    private static String field(HttpResponse<String> response, String name) {
        try {
            JsonNode body = JSON.readTree(response.body());
            return body.path(name).asText(null);
        } catch (IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + '='
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
