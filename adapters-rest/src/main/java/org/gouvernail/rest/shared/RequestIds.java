package org.gouvernail.rest.shared;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * HTTP route handler: gives every request an id that ties the client's report, the response and
 * the log lines together. A well-formed {@value #HEADER} from the client (or from the reverse
 * proxy that made one) is kept; anything else is replaced by a new random UUID, never refused:
 * the id is for diagnosis, and a proxy's odd format must not cost the client its request. The id
 * goes back in the header of every response (the problems of {@link HttpEdge} too: this handler
 * runs first), into the problem documents ({@code requestId}) and into the logging MDC under
 * {@value #MDC_KEY}. Quarkus keeps the MDC in the request's Vert.x duplicated context, so the
 * worker thread that runs a blocking resource logs the same id.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Longest id kept: a UUID, a W3C trace id or an nginx $request_id fit with room to spare. */
    public static final int MAX_LENGTH = 128;
    /** Printable and inert in a header, a log line and JSON: no space, quote, backslash or control character. */
    public static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:+=/@-]{1," + MAX_LENGTH + "}");

    /** Ahead of every other route handler, {@link HttpEdge}'s refusals included. */
    private static final int ORDER = -10;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(RequestIds::assign);
    }

    private static void assign(RoutingContext context) {
        String id = accepted(context.request().getHeader(HEADER));
        context.put(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        // set when the headers leave, so that no later handler or mapper can drop it
        context.addHeadersEndHandler(v -> context.response().headers().set(HEADER, id));
        context.addEndHandler(v -> MDC.remove(MDC_KEY));
        context.next();
    }

    /** The client's id when it is well formed, a new one otherwise. */
    static String accepted(String offered) {
        if (offered != null && WELL_FORMED.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }

    /** The id of the request being served on this thread, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
