package org.gouvernail.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Test helper: real access tokens from the test Keycloak ({@link KeycloakTestResource}),
 * obtained with the password grant on the public client {@code gouvernail-cli}. The demo
 * users (alice, bob, carol, dave, erin, frank) have their name as password.
 * Tokens are cached per Keycloak instance and user until one minute before they expire.
 */
public final class Tokens {

    public static final String CLIENT_ID = "gouvernail-cli";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long expiresAtMillis) {}

    private Tokens() {}

    /** An access token for the demo user {@code username} (password = username). */
    public static String accessToken(String username) {
        return accessToken(username, username);
    }

    /** An access token for {@code username} with the given password. */
    public static String accessToken(String username, String password) {
        String realmUrl = KeycloakTestResource.realmUrl();
        String key = realmUrl + '|' + username + '|' + password;
        Cached cached = CACHE.get(key);
        if (cached != null && System.currentTimeMillis() < cached.expiresAtMillis()) {
            return cached.token();
        }
        Cached fresh = fetch(realmUrl, username, password);
        CACHE.put(key, fresh);
        return fresh.token();
    }

    private static Cached fetch(String realmUrl, String username, String password) {
        String form = Map.of(
                        "grant_type", "password",
                        "client_id", CLIENT_ID,
                        "username", username,
                        "password", password)
                .entrySet()
                .stream()
                .map(e -> enc(e.getKey()) + '=' + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Token request for " + username + " failed: HTTP "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            String token = body.path("access_token").asText(null);
            if (token == null) {
                throw new IllegalStateException("No access_token in the token response for " + username);
            }
            long lifetimeSeconds = body.path("expires_in").asLong(60);
            long expiresAt = System.currentTimeMillis() + Math.max(0, lifetimeSeconds - 60) * 1000;
            return new Cached(token, expiresAt);
        } catch (IOException e) {
            throw new IllegalStateException("Token request for " + username + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the token request for " + username, e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
