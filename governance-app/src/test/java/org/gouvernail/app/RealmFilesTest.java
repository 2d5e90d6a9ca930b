package org.gouvernail.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two realm files of docker/keycloak side by side: what the demo realm must share with the
 * production template (brute-force detection, PKCE, the metrics scraper) and what the template
 * must never carry over from the demo (plain-http addresses, a known secret). The demo realm's
 * behaviour itself is proven against the real Keycloak in {@link BrowserLoginEndToEndTest}.
 */
class RealmFilesTest {

    private static final List<String> BRUTE_FORCE = List.of(
            "bruteForceProtected",
            "failureFactor",
            "permanentLockout",
            "waitIncrementSeconds",
            "maxFailureWaitSeconds",
            "maxDeltaTimeSeconds");

    private static JsonNode realm(String file) throws IOException {
        Path demo = Path.of(System.getProperty("keycloak.realm.file", "../docker/keycloak/gouvernail-realm.json"));
        return new ObjectMapper().readTree(demo.resolveSibling(file).toFile());
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void theDemoRealmDetectsBruteForceAsProductionDoes() throws IOException {
        JsonNode demo = realm("gouvernail-realm.json");
        JsonNode production = realm("gouvernail-realm-production.json");

        assertThat(production.path("bruteForceProtected").asBoolean()).isTrue();
        for (String setting : BRUTE_FORCE) {
            assertThat(demo.path(setting)).as(setting).isEqualTo(production.path(setting));
        }
    }

    @Test
    void theWebClientRequiresPkceS256AndNamesItsOriginsInBothRealms() throws IOException {
        for (String file : List.of("gouvernail-realm.json", "gouvernail-realm-production.json")) {
            JsonNode web = client(realm(file), "gouvernail-web");
            assertThat(web.path("publicClient").asBoolean()).as(file).isTrue();
            assertThat(web.path("implicitFlowEnabled").asBoolean()).as(file).isFalse();
            assertThat(web.path("attributes").path("pkce.code.challenge.method").asText())
                    .as(file)
                    .isEqualTo("S256");
            List<String> origins = texts(web.path("webOrigins"));
            assertThat(origins).as(file).isNotEmpty().doesNotContain("*", "+");
            assertThat(texts(web.path("redirectUris")))
                    .as(file)
                    .anyMatch(uri -> uri.endsWith("/q/swagger-ui/oauth2-redirect.html"))
                    .noneMatch(uri -> uri.contains(":*") || uri.equals("*"));
        }
    }

    @Test
    void theDemoWebClientAcceptsTheDevServersAndSwaggerUi() throws IOException {
        JsonNode web = client(realm("gouvernail-realm.json"), "gouvernail-web");

        assertThat(texts(web.path("webOrigins")))
                .contains("http://localhost:5173", "http://localhost:3000", "http://localhost:8080");
        assertThat(texts(web.path("redirectUris")))
                .contains("http://localhost:8080/q/swagger-ui/oauth2-redirect.html", "http://localhost:8080/");
        // the web front end the API serves at / (docs/adr/0026) comes back there after signing out
        assertThat(web.path("attributes").path("post.logout.redirect.uris").asText())
                .contains("http://localhost:8080/");
    }

    @Test
    void theProductionTemplateNamesOnlyHttpsPlaceholdersAndNoSecret() throws IOException {
        JsonNode production = realm("gouvernail-realm-production.json");
        JsonNode web = client(production, "gouvernail-web");

        assertThat(texts(web.path("webOrigins"))).allMatch(origin -> origin.startsWith("https://"));
        assertThat(texts(web.path("redirectUris"))).allMatch(uri -> uri.startsWith("https://"));
        assertThat(client(production, "gouvernail-metrics").has("secret")).isFalse();
        assertThat(production.path("users")).allMatch(user -> user.has("serviceAccountClientId"));
    }

    @Test
    void bothRealmsGiveTheMetricsRoleToTheScrapersServiceAccountOnly() throws IOException {
        for (String file : List.of("gouvernail-realm.json", "gouvernail-realm-production.json")) {
            JsonNode realm = realm(file);
            JsonNode scraper = client(realm, "gouvernail-metrics");
            assertThat(scraper.path("serviceAccountsEnabled").asBoolean())
                    .as(file)
                    .isTrue();
            assertThat(scraper.path("standardFlowEnabled").asBoolean()).as(file).isFalse();
            assertThat(scraper.path("directAccessGrantsEnabled").asBoolean())
                    .as(file)
                    .isFalse();
            List<String> holders = new ArrayList<>();
            realm.path("users").forEach(user -> {
                if (texts(user.path("realmRoles")).contains("gouvernail-metrics")) {
                    holders.add(user.path("serviceAccountClientId")
                            .asText(user.path("username").asText()));
                }
            });
            assertThat(holders).as(file).containsExactly("gouvernail-metrics");
        }
    }
}
