package org.gouvernail.rest.shared;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * HTTP route handler: reads a JSON body of a declared length on the event loop, before the
 * resource's worker thread starts, so that the resource parses it from memory. Left to itself, a
 * blocking resource reads its body through a stream fed by the event loop, one hand-over between
 * the two threads per chunk and one at its end (wait and notify): 13 % of the API's CPU for a
 * {@code POST …/tools} of 150 bytes under 32 writers (issue 11, docs/operations.md "Performance:
 * the cost of a write"). Bodies without a length (chunked) stay streamed, and {@link BodyLimit}
 * counts them; empty bodies and HTTP/2 requests stay streamed too ({@link #readAhead}). A declared
 * length above 1 MiB never gets here ({@link HttpEdge} refuses it first).
 * A request that waits for {@code 100 Continue} is left to the stream, as before.
 */
@ApplicationScoped
public class JsonBodies {

    /** After the server's upload limit (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2), HttpEdge and the rate limits. */
    private static final int ORDER = -1;

    private final BodyHandler bodies =
            BodyHandler.create(false).setBodyLimit(BodyLimit.MAX_BODY_BYTES).setMergeFormAttributes(false);

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::read);
    }

    private void read(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (readAhead(
                request.version(),
                request.getHeader(HttpHeaders.CONTENT_LENGTH),
                request.getHeader(HttpHeaders.EXPECT),
                request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            bodies.handle(context);
        } else {
            context.next();
        }
    }

    /**
     * Whether the body is read here. Only over HTTP/1.x: RESTEasy Reactive pauses every request it
     * takes, which an HTTP/2 stream already read refuses ("Request has already been read", a 500 to
     * Java's HttpClient). Only a non-empty body: an empty one read here leaves RESTEasy Reactive
     * waiting on the ended stream, where the streamed path answers 400.
     */
    static boolean readAhead(HttpVersion version, String contentLength, String expect, String contentType) {
        return (version == HttpVersion.HTTP_1_1 || version == HttpVersion.HTTP_1_0)
                && HttpEdge.declaredLength(contentLength) > 0
                && expect == null
                && json(contentType);
    }

    /** application/json, and the +json types (merge patch, problem details), whatever their parameters. */
    static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }
}
