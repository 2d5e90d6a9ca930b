package org.gouvernail.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gouvernail.domain.shared.Language;

/**
 * HTTP route handler: the refusals the HTTP server would otherwise give before any resource, with
 * an empty body (API.md: every error is problem details). It runs ahead of the server's own
 * body-size check: a request line above 4 KiB gets 414, a declared body above 1 MiB 413, both as
 * problem+json. The server's request-line limit is set higher (application.properties) so that
 * such requests reach this handler at all; bodies sent without a length are counted by
 * {@link BodyLimit}.
 */
@ApplicationScoped
public class HttpEdge {

    /** Longest request line (method, target, version) the API reads. */
    public static final int MAX_REQUEST_LINE = 4096;
    /** Just ahead of the server's upload limit (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2). */
    private static final int ORDER = -3;

    private final ObjectMapper json;

    public HttpEdge(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::limits);
    }

    private void limits(RoutingContext context) {
        var request = context.request();
        int line = request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
        if (line > MAX_REQUEST_LINE) {
            refuse(context, 414, "request-line-too-long");
            return;
        }
        if (declaredLength(request.getHeader(HttpHeaders.CONTENT_LENGTH)) > BodyLimit.MAX_BODY_BYTES) {
            refuse(context, 413, "payload-too-large");
            return;
        }
        context.next();
    }

    /** The length a Content-Length header declares; -1 when there is none or it is not a number. */
    static long declaredLength(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Answers with problem details and closes the connection: the body, if any, is not read. */
    private void refuse(RoutingContext context, int status, String code) {
        sendProblem(context, json, status, code, Map.of(HttpHeaders.CONNECTION.toString(), "close"));
    }

    /**
     * Answers a request refused at the routing edge, before any resource runs, with the problem
     * document the REST layer would write: localized title and detail (the detail's arguments, if
     * any), the path, the request id.
     */
    static void sendProblem(
            RoutingContext context,
            ObjectMapper json,
            int status,
            String code,
            Map<String, String> headers,
            Object... detailArguments) {
        Locale locale = Messages.chooseLeniently(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String path = context.request().path();
        Problem problem = new Problem(
                Problem.TYPE_PREFIX + code,
                Messages.text(locale, code + ".title"),
                status,
                Messages.text(locale, code + ".detail", detailArguments),
                path == null || path.length() > MAX_REQUEST_LINE ? null : path,
                context.get(RequestIds.MDC_KEY),
                List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Language language = Messages.language(locale);
        HttpServerResponse response = context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.locale().toLanguageTag());
        headers.forEach(response::putHeader);
        response.end(body);
    }
}
