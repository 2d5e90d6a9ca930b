package org.gouvernail.rest.shared;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Route handler: {@code Cache-Control: no-store} on every response of the API, whatever answers
 * it (a resource, the problem mapper, the security layer, an export streamed in chunks). Every
 * {@code /api} operation needs a bearer token, so what it returns is one person's view of one
 * organisation: a shared cache (a proxy, a CDN) must never keep it, nor a browser's disk. The
 * header is added when the headers are written, so it also covers the 304 of a conditional GET
 * (RFC 9110 §15.4.5: a 304 repeats the Cache-Control the 200 would have had); ETag and
 * If-None-Match still work, the client keeping the representation it has itself. A response that
 * says its own Cache-Control keeps it.
 */
@ApplicationScoped
public class NoStore {

    public static final String VALUE = "no-store";
    /** Ahead of {@link RateLimits} (-4) and {@link HttpEdge} (-3), so that their early refusals carry the header too. */
    private static final int ORDER = -5;

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(NoStore::mark);
    }

    private static void mark(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            var headers = context.response().headers();
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, VALUE);
            }
        });
        context.next();
    }
}
