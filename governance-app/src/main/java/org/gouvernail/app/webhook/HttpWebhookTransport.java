package org.gouvernail.app.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.gouvernail.domain.webhook.AddressGuard;
import org.gouvernail.domain.webhook.DeliveryAttempt;
import org.gouvernail.domain.webhook.port.out.WebhookTransport;

/**
 * HTTP adapter: posts signed deliveries with Apache HttpClient 5. Its {@link DnsResolver} resolves
 * the host once and hands the client only addresses the {@link AddressGuard} permits, and the
 * client connects to exactly those addresses: no second lookup, so no DNS-rebinding window between
 * the check and the connection. Redirects are not followed; the whole exchange is bounded by the
 * timeout; only the first kilobyte of an answer is read.
 */
@ApplicationScoped
public class HttpWebhookTransport implements WebhookTransport {

    /** Cancels a request still running at its deadline: the socket timeout alone bounds each read, not the whole answer. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final CloseableHttpClient client;
    private final Duration timeout;

    public HttpWebhookTransport(WebhookSettings settings) {
        this.timeout = settings.timeout();
        AddressGuard guard = settings.guard();
        DnsResolver guarded = new GuardedResolver(guard);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(guarded)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(Timeout.of(settings.timeout()))
                                .build())
                        .setDefaultSocketConfig(SocketConfig.custom()
                                .setSoTimeout(Timeout.of(settings.timeout()))
                                .build())
                        .setMaxConnTotal(50)
                        .setMaxConnPerRoute(4)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.of(settings.timeout()))
                        .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }

    @Override
    public Answer post(URI url, Map<String, String> headers, String body) {
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        long started = System.nanoTime();
        ScheduledFuture<?> deadline = DEADLINES.schedule(post::cancel, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return client.execute(post, response -> {
                String excerpt = excerpt(
                        response.getEntity() == null
                                ? null
                                : response.getEntity().getContent());
                return new Answer(
                        response.getCode(),
                        retryAfter(response.getFirstHeader("Retry-After")),
                        response.getCode() >= 300 && response.getCode() < 400 ? "redirect not followed" : null,
                        excerpt,
                        millisSince(started));
            });
        } catch (RefusedAddress refused) {
            return new Answer(null, null, refused.getMessage(), null, millisSince(started));
        } catch (IOException | RuntimeException failed) {
            Throwable cause = failed.getCause() instanceof RefusedAddress ? failed.getCause() : failed;
            return new Answer(null, null, describe(cause), null, millisSince(started));
        } finally {
            deadline.cancel(false);
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        String text = failure.getClass().getSimpleName() + message;
        return text.length() > 2_000 ? text.substring(0, 2_000) : text;
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** The first kilobyte of the answer, read no further: a huge answer costs nothing more. */
    private static String excerpt(InputStream content) throws IOException {
        if (content == null) {
            return null;
        }
        try (content) {
            byte[] first = content.readNBytes(DeliveryAttempt.RESPONSE_EXCERPT * 4);
            String text = new String(first, StandardCharsets.UTF_8);
            return text.length() > DeliveryAttempt.RESPONSE_EXCERPT
                    ? text.substring(0, DeliveryAttempt.RESPONSE_EXCERPT)
                    : text;
        }
    }

    /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(Header header) {
        if (header == null) {
            return null;
        }
        String value = header.getValue().strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** A resolver that drops forbidden addresses and fails when none is left. */
    static final class GuardedResolver implements DnsResolver {

        private final AddressGuard guard;

        GuardedResolver(AddressGuard guard) {
            this.guard = guard;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] all = SystemDefaultDnsResolver.INSTANCE.resolve(host);
            InetAddress[] permitted = Arrays.stream(all).filter(guard::permits).toArray(InetAddress[]::new);
            if (permitted.length == 0) {
                throw new RefusedAddress(host, all);
            }
            return permitted;
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }
    }

    /** The host resolves only to addresses the guard refuses. */
    static final class RefusedAddress extends UnknownHostException {

        RefusedAddress(String host, InetAddress[] addresses) {
            super("address refused by the SSRF guard: " + host + " → "
                    + Arrays.stream(addresses).map(InetAddress::getHostAddress).toList());
        }
    }
}
