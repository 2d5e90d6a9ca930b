package org.gouvernail.rest.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * HTTP route handler: the API's rate limits. Each authenticated caller (the token's subject) has a
 * token bucket of {@code authenticated} requests per period, each client address calling without a
 * valid token one of {@code anonymous} requests; beyond it the answer is 429 problem+json with
 * Retry-After, before any resource runs. The health endpoints are never limited (an orchestrator
 * probing them must not be refused). The buckets are Bucket4j's (lock-free, refilled continuously);
 * they live in Caffeine caches bounded in size and forgotten after a period unused, when they would
 * be full again anyway: memory stays bounded however many addresses call. The client address is the
 * one the HTTP server resolved (behind a trusted proxy, the forwarded one), never a raw header.
 *
 * <p>Bucket4j rather than resilience4j's RateLimiter: a bucket says how long until its next token
 * (the Retry-After), costs about 400 bytes and no thread, and has no dependency; resilience4j's
 * limiter is built to hold back outgoing calls, in fixed cycles, one registry entry per name.
 */
@ApplicationScoped
public class RateLimits {

    /**
     * After authentication (the security filters run at -200 and -100: the identity is known, lazily)
     * and before {@link HttpEdge} (-3): a caller over the limit costs no more than this check.
     */
    private static final int ORDER = -4;

    private static final String HEALTH = "/q/health";
    private static final Logger LOG = Logger.getLogger(RateLimits.class);

    /** Does nothing: the REST layer meets the same failure when it asks for the identity and answers it. */
    private static final BiConsumer<RoutingContext, Throwable> LEAVE_TO_RESOURCE = (context, failure) -> {};

    private final ObjectMapper json;
    private volatile State state;

    public RateLimits(ObjectMapper json, Config config) {
        this.json = json;
        apply(new Limits(
                config.enabled(), config.authenticated(), config.anonymous(), config.period(), config.maxKeys()));
    }

    /** The settings, GOUVERNAIL_RATE_LIMIT_* in application.properties. */
    @ConfigMapping(prefix = "gouvernail.rate-limit")
    public interface Config {
        @WithDefault("true")
        boolean enabled();

        /** Requests per period of one authenticated caller. */
        @WithDefault("600")
        int authenticated();

        /** Requests per period of one client address calling without a valid token. */
        @WithDefault("120")
        int anonymous();

        @WithDefault("60S")
        Duration period();

        /** Most callers, and most addresses, remembered at once. */
        @WithDefault("10000")
        int maxKeys();
    }

    /** Limits in force; a bucket refills {@code authenticated} or {@code anonymous} requests over {@code period}. */
    public record Limits(boolean enabled, int authenticated, int anonymous, Duration period, int maxKeys) {

        public Limits {
            if (authenticated < 1 || anonymous < 1 || maxKeys < 1) {
                throw new IllegalArgumentException("rate limits and the number of keys must be at least 1");
            }
            if (period == null || period.toMillis() < 1) {
                throw new IllegalArgumentException("the rate-limit period must be positive");
            }
        }
    }

    private record State(Limits limits, Buckets callers, Buckets addresses) {}

    /** The buckets of one kind of key, all with the same bandwidth. */
    private record Buckets(Cache<String, Bucket> cache, Bandwidth bandwidth) {

        static Buckets of(int requests, Duration period, int maxKeys) {
            Cache<String, Bucket> cache = Caffeine.newBuilder()
                    .maximumSize(maxKeys)
                    .expireAfterAccess(period)
                    .build();
            Bandwidth bandwidth = BandwidthBuilder.builder()
                    .capacity(requests)
                    .refillGreedy(requests, period)
                    .build();
            return new Buckets(cache, bandwidth);
        }

        ConsumptionProbe take(String key) {
            return cache.get(key, k -> Bucket.builder().addLimit(bandwidth).build())
                    .tryConsumeAndReturnRemaining(1);
        }
    }

    /** Puts new limits in force with fresh buckets (at start; tests narrow them for a while and restore them). */
    public void apply(Limits limits) {
        state = new State(
                limits,
                Buckets.of(limits.authenticated(), limits.period(), limits.maxKeys()),
                Buckets.of(limits.anonymous(), limits.period(), limits.maxKeys()));
        LOG.debugf("rate limits: %s", limits);
    }

    public Limits limits() {
        return state.limits();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        State current = state;
        String path = context.normalizedPath();
        if (!current.limits().enabled() || path == null || path.equals(HEALTH) || path.startsWith(HEALTH + "/")) {
            context.next();
            return;
        }
        // Authenticating here, before the REST layer, would let the security layer answer a bad token with its bare
        // 401; while the identity is resolved the failure is left to the REST layer, which maps it to problem+json.
        Object failureHandler = context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, LEAVE_TO_RESOURCE);
        QuarkusHttpUser.getSecurityIdentity(context, null)
                .subscribe()
                .with(
                        identity -> {
                            restore(context, failureHandler);
                            decide(context, current, identity);
                        },
                        // an invalid token: counted as a call without one; the resource then answers 401
                        failure -> {
                            restore(context, failureHandler);
                            decide(context, current, null);
                        });
    }

    private static void restore(RoutingContext context, Object failureHandler) {
        if (failureHandler == null) {
            context.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        } else {
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, failureHandler);
        }
    }

    private void decide(RoutingContext context, State current, SecurityIdentity identity) {
        ConsumptionProbe probe;
        try {
            probe = identity == null || identity.isAnonymous()
                    ? current.addresses().take(address(context))
                    : current.callers().take(subject(identity));
        } catch (RuntimeException e) {
            context.fail(e);
            return;
        }
        if (probe.isConsumed()) {
            context.next();
        } else {
            refuse(context, probe.getNanosToWaitForRefill());
        }
    }

    private static String subject(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    /** The client address as the server resolved it (behind a trusted proxy, the forwarded one). */
    private static String address(RoutingContext context) {
        SocketAddress remote = context.request().remoteAddress();
        return addressKey(remote == null ? null : remote.hostAddress());
    }

    /**
     * The bucket key of a client address: an IPv4 address as it is, an IPv6 address by its /64
     * network, which one subscriber usually holds whole (counting each of its addresses apart would
     * give it billions of buckets).
     */
    static String addressKey(String host) {
        if (host == null || host.isEmpty()) {
            return "unknown";
        }
        if (host.indexOf(':') < 0) {
            return host;
        }
        try {
            // a literal, so no name lookup: getByName only parses it
            InetAddress parsed = InetAddress.getByName(host);
            if (parsed instanceof Inet6Address) {
                byte[] network = parsed.getAddress();
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return host;
        }
    }

    private void refuse(RoutingContext context, long nanosToWait) {
        long seconds = Math.max(1, (nanosToWait + 999_999_999L) / 1_000_000_000L);
        HttpEdge.sendProblem(
                context, json, 429, "rate-limited", Map.of("Retry-After", Long.toString(seconds)), seconds);
    }
}
