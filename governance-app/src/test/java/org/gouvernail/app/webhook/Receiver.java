package org.gouvernail.app.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * Test receiver: a real HTTP server on 127.0.0.1 (JDK com.sun.net.httpserver) that records every
 * request and answers, per path, the statuses it was told to (then 204).
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String path, String id, String timestamp, String signature, String body) {}

    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, ConcurrentLinkedQueue<int[]>> answers = new ConcurrentHashMap<>();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(
                    path,
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    body));
            int[] answer =
                    answers.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
            int status = answer == null ? 204 : answer[0];
            if (answer != null && answer[1] > 0) {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(answer[1]));
            }
            byte[] reply = ("answer " + status).getBytes(StandardCharsets.UTF_8);
            if (status == 204) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                exchange.sendResponseHeaders(status, reply.length);
                exchange.getResponseBody().write(reply);
            }
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The next answers of {@code path}: a status, or {status, retryAfterSeconds}. */
    void answer(String path, int status, int retryAfterSeconds) {
        answers.computeIfAbsent(path, key -> new ConcurrentLinkedQueue<>()).add(new int[] {status, retryAfterSeconds});
    }

    List<Received> at(String path) {
        synchronized (received) {
            return received.stream()
                    .filter(request -> request.path().equals(path))
                    .toList();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
