package org.gouvernail.app.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Test resource: starts a real Keycloak (the keycloak-quarkus-dist unpacked by Maven) in
 * {@code start-dev} mode with the demo realm {@code gouvernail} freshly imported, and points
 * quarkus-oidc at it.
 *
 * <p>System properties (set by surefire in governance-app/pom.xml):
 * <ul>
 *   <li>{@code keycloak.home}: the unpacked distribution (contains bin/kc.sh);</li>
 *   <li>{@code keycloak.realm.file}: the realm JSON to import;</li>
 *   <li>optional {@code keycloak.log.file} (default target/keycloak.log),
 *       {@code keycloak.java.home} (default: the JDK running the tests),
 *       {@code keycloak.start.timeout.seconds} (default 600: a loaded two-core machine has needed more than 180 s).</li>
 * </ul>
 * Each start wipes {@code keycloak.home/data} (the H2 database of start-dev), so the realm
 * is imported afresh; users keep the fixed ids of the realm file, hence stable subjects.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "gouvernail";
    /** Set at start so code loaded by another class loader (test classes) finds Keycloak too. */
    public static final String URL_PROPERTY = "gouvernail.test.keycloak.url";
    /**
     * The temporary administrator of the master realm, created at start so that a test can make
     * a user of its own (a lockout must not lock a demo user the other tests sign in with).
     */
    public static final String ADMIN = "test-admin";
    /** Fixed: the server is reachable from this machine only, for the length of the test run. */
    public static final String ADMIN_PASSWORD = "test-admin-" + REALM;

    private static volatile String baseUrl;
    private static Process process;
    private static boolean shutdownHookAdded;

    /** Keycloak root URL, e.g. http://localhost:41234 (no trailing slash). */
    public static String baseUrl() {
        String url = baseUrl != null ? baseUrl : System.getProperty(URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("Keycloak is not started: annotate the test with "
                    + "@QuarkusTestResource(KeycloakTestResource.class) or @QuarkusTest with it registered");
        }
        return url;
    }

    /** The realm URL, which is also the token issuer and quarkus.oidc.auth-server-url. */
    public static String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    @Override
    public Map<String, String> start() {
        synchronized (KeycloakTestResource.class) {
            if (process == null || !process.isAlive()) {
                launch();
            }
            return Map.of("quarkus.oidc.auth-server-url", realmUrl());
        }
    }

    @Override
    public void stop() {
        synchronized (KeycloakTestResource.class) {
            terminate();
        }
    }

    private static void launch() {
        Path home = Path.of(required("keycloak.home")).toAbsolutePath();
        Path realmFile = Path.of(required("keycloak.realm.file")).toAbsolutePath();
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kcSh)) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + " (expected bin/kc.sh; run the Maven build so maven-dependency-plugin unpacks it)");
        }
        if (!Files.isRegularFile(realmFile)) {
            throw new IllegalStateException("Realm file not found: " + realmFile);
        }
        Path log = Path.of(System.getProperty("keycloak.log.file", "target/keycloak.log"))
                .toAbsolutePath();
        long timeoutSeconds = Long.getLong("keycloak.start.timeout.seconds", 600);
        try {
            Path data = home.resolve("data");
            deleteRecursively(data); // fresh H2 database, fresh import
            Path importDir = Files.createDirectories(data.resolve("import"));
            Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(log.getParent());
            kcSh.toFile().setExecutable(true);

            int port = freePort();
            int managementPort = freePort();
            List<String> command = new ArrayList<>(List.of(
                    kcSh.toString(),
                    "start-dev",
                    "--http-port=" + port,
                    "--http-management-port=" + managementPort,
                    "--health-enabled=false",
                    "--metrics-enabled=false",
                    "--import-realm"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("keycloak.java.home", System.getProperty("java.home")));
            env.put("KC_LOG_LEVEL", "info");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.remove("KC_DB");
            env.remove("KC_HOSTNAME");

            long started = System.nanoTime();
            process = builder.start();
            addShutdownHookOnce();
            String url = "http://localhost:" + port;
            waitUntilReady(url + "/realms/" + REALM + "/.well-known/openid-configuration", log, timeoutSeconds);
            baseUrl = url;
            System.setProperty(URL_PROPERTY, url);
            System.out.printf(
                    "Keycloak test resource ready at %s in %.1f s (log: %s)%n",
                    url, (System.nanoTime() - started) / 1e9, log);
        } catch (IOException e) {
            terminate();
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        } catch (RuntimeException e) {
            terminate();
            throw e;
        }
    }

    private static void waitUntilReady(String discoveryUrl, Path log, long timeoutSeconds) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(discoveryUrl))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                        + " before being ready; end of " + log + ":\n" + tail(log));
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Keycloak not ready after " + timeoutSeconds + " s at " + discoveryUrl
                + "; end of " + log + ":\n" + tail(log));
    }

    private static void terminate() {
        Process p = process;
        process = null;
        baseUrl = null;
        System.clearProperty(URL_PROPERTY);
        if (p == null) {
            return;
        }
        // kc.sh forwards SIGTERM to its java child, and after a re-augmentation it execs java
        // itself; signal every descendant as well so nothing outlives the test run.
        List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
        all.add(p.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle h : all) {
            long left = deadline - System.nanoTime();
            try {
                h.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(h -> {
            h.destroyForcibly();
            h.onExit().join();
        });
    }

    private static synchronized void addShutdownHookOnce() {
        if (!shutdownHookAdded) {
            shutdownHookAdded = true;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                synchronized (KeycloakTestResource.class) {
                                    terminate();
                                }
                            },
                            "keycloak-test-resource-stop"));
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (surefire sets it)");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
