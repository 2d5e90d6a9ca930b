import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator of scripts/scale-out.sh: N writers create tools through the load balancer for a
 * bounded time, each write under its own Idempotency-Key, retried with the same key after a 5xx,
 * a refused connection or a 409 idempotency-in-progress, so that a write is acknowledged at most
 * once whatever replica or database node dies under it. Every acknowledged id (a 201, first or
 * replayed) is written to a file; the verify mode reads each one back.
 *
 * <pre>
 * java WriteLoad.java write  BASE_URL ORG_ID TOKEN_FILE WRITERS SECONDS OUT_DIR RUN_ID
 * java WriteLoad.java verify BASE_URL ORG_ID TOKEN_FILE IDS_FILE
 * </pre>
 *
 * Only loopback addresses are meant here; the loops stop by themselves (deadline, and at most
 * 60 s of retries for one write, 330 s while its key is held by a request that died).
 */
public class WriteLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[^\"]*/([a-z-]+)\"");
    private static final long RETRY_FOR_MS = 60_000;
    /**
     * A key whose request died with its replica stays "in progress" until the API takes it over
     * (IdempotencyService.ABANDONED_AFTER, 5 minutes): such a write is retried that long.
     */
    private static final long RETRY_IN_PROGRESS_FOR_MS = 330_000;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "write" -> write(args[1], args[2], Files.readString(Path.of(args[3])).trim(),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]), Path.of(args[6]), args[7]);
            case "verify" -> verify(args[1], args[2], Files.readString(Path.of(args[3])).trim(), Path.of(args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------------------------------------
    private static final Map<String, AtomicLong> ATTEMPTS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> SERVED_BY = new ConcurrentHashMap<>();
    private static final Map<Long, long[]> PER_SECOND = new ConcurrentHashMap<>(); // {acks, failed attempts}
    private static final ConcurrentLinkedQueue<Long> LATENCIES_MS = new ConcurrentLinkedQueue<>();
    private static final ConcurrentLinkedQueue<String> ACKED = new ConcurrentLinkedQueue<>();
    private static final AtomicLong REPLAYED = new AtomicLong();
    private static final AtomicLong RETRIED_WRITES = new AtomicLong();
    private static final AtomicLong GAVE_UP = new AtomicLong();
    private static final AtomicLong TAKEN_OVER = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    private static void write(String base, String org, String token, int writers, int seconds, Path out, String run)
            throws Exception {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            pool.submit(() -> {
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    writeOne(base, org, token, run + "-" + writer + "-" + i, start);
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(seconds + RETRY_IN_PROGRESS_FOR_MS / 1000 + 30, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        Files.write(out.resolve("acked-ids.txt"), ACKED);
        List<Long> latencies = new ArrayList<>(LATENCIES_MS);
        Collections.sort(latencies);
        StringBuilder timeline = new StringBuilder();
        for (Map.Entry<Long, long[]> second : new TreeMap<>(PER_SECOND).entrySet()) {
            timeline.append(String.format("%d:%d/%d ", second.getKey(), second.getValue()[0], second.getValue()[1]));
        }
        String report = String.join("\n",
                "acknowledged=" + ACKED.size(),
                "replayed_acks=" + REPLAYED.get(),
                "writes_retried=" + RETRIED_WRITES.get(),
                "refused_4xx=" + REFUSED.get(),
                "gave_up=" + GAVE_UP.get(),
                "acked_after_key_takeover=" + TAKEN_OVER.get(),
                "attempts_by_outcome=" + new TreeMap<>(ATTEMPTS),
                "served_by=" + new TreeMap<>(SERVED_BY),
                "ack_latency_ms_p50=" + percentile(latencies, 50),
                "ack_latency_ms_p99=" + percentile(latencies, 99),
                "ack_latency_ms_max=" + (latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1)),
                "acks_per_second=" + String.format("%.1f", ACKED.size() / (double) seconds),
                "timeline(second:acks/failed-attempts)=" + timeline.toString().trim());
        Files.writeString(out.resolve("load-report.txt"), report + "\n");
        System.out.println(report);
    }

    /** One logical write: the same key until a 201 (or a final refusal), for at most a minute. */
    private static void writeOne(String base, String org, String token, String key, long start) {
        String body = "{\"name\":\"scale-out " + key + "\",\"vendor\":\"Scale-out test\",\"category\":\"TEXT_GENERATION\","
                + "\"accountType\":\"PROFESSIONAL\",\"hostingRegion\":\"EU\",\"dataCategories\":[\"INTERNAL\"],"
                + "\"teams\":[\"Charge\"],\"estimatedUsers\":1,\"yearlyCostEur\":0}";
        long first = System.nanoTime();
        boolean retried = false;
        boolean keyHeld = false;
        while (true) {
            String outcome;
            long second = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/organisations/" + org + "/tools"))
                                .timeout(Duration.ofSeconds(15))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                response.headers().firstValue("X-Served-By")
                        .ifPresent(server -> SERVED_BY.computeIfAbsent(server, s -> new AtomicLong()).incrementAndGet());
                int status = response.statusCode();
                outcome = String.valueOf(status);
                if (status >= 400) {
                    Matcher type = TYPE.matcher(response.body());
                    outcome += type.find() ? " " + type.group(1) : "";
                }
                count(outcome);
                if (status == 201) {
                    Matcher id = ID.matcher(response.body());
                    if (!id.find()) {
                        throw new IllegalStateException("201 without an id: " + response.body());
                    }
                    ACKED.add(id.group(1));
                    if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                        REPLAYED.incrementAndGet();
                    }
                    LATENCIES_MS.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - first));
                    PER_SECOND.computeIfAbsent(second, s -> new long[2])[0]++;
                    if (retried) {
                        RETRIED_WRITES.incrementAndGet();
                    }
                    if (keyHeld) {
                        TAKEN_OVER.incrementAndGet();
                    }
                    return;
                }
                keyHeld = status == 409 && outcome.endsWith("idempotency-in-progress");
                boolean again = status >= 500 || keyHeld;
                if (!again) {
                    // a clean refusal (409 concurrent-change included): nothing was written under this key
                    REFUSED.incrementAndGet();
                    return;
                }
            } catch (IOException e) {
                count("io " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            PER_SECOND.computeIfAbsent(second, s -> new long[2])[1]++;
            retried = true;
            long window = keyHeld ? RETRY_IN_PROGRESS_FOR_MS : RETRY_FOR_MS;
            if (System.nanoTime() - first > TimeUnit.MILLISECONDS.toNanos(window)) {
                GAVE_UP.incrementAndGet();
                return;
            }
            sleep(keyHeld ? 2000 : 200);
        }
    }

    // ---------------------------------------------------------------------------------------------
    private static void verify(String base, String org, String token, Path ids) throws Exception {
        List<String> all = Files.readAllLines(ids);
        long found = 0;
        List<String> missing = new ArrayList<>();
        for (String id : all) {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/organisations/" + org + "/tools/" + id))
                            .timeout(Duration.ofSeconds(15))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                found++;
            } else {
                missing.add(id + " (" + response.statusCode() + ")");
            }
        }
        System.out.println("acknowledged_ids=" + all.size());
        System.out.println("distinct_ids=" + all.stream().distinct().count());
        System.out.println("read_back_200=" + found);
        System.out.println("lost=" + missing.size() + (missing.isEmpty() ? "" : " " + missing.subList(0, Math.min(10, missing.size()))));
    }

    private static void count(String outcome) {
        ATTEMPTS.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
