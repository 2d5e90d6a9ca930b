package org.gouvernail.rest.shared;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gouvernail.domain.shared.DomainException;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.rest.shared.Problem.FieldError;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Error mapping, in one place: every exception that can leave a resource becomes RFC 9457
 * problem details worded in the caller's language. Nothing a client sends ends as a stack trace.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /**
     * What a 503 asks the client to wait, in seconds: about the time the readiness check needs to
     * notice that the database is back and the pool to open new connections.
     */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final String RETRY_AFTER = "Retry-After";

    @ServerExceptionMapper
    public Response notFound(NotFound e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String what = Messages.text(locale, "subject." + e.arguments().get(0));
        return problem(
                404,
                "not-found",
                locale,
                uri,
                what == null ? e.arguments().get(0) : what,
                e.arguments().get(1));
    }

    @ServerExceptionMapper
    public Response forbidden(Forbidden e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String action = Messages.text(locale, "action." + e.action());
        return problem(403, "forbidden", locale, uri, action == null ? e.action() : action);
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, HttpHeaders headers, UriInfo uri) {
        return problem(409, e.code(), locale(headers), uri, e.arguments().toArray());
    }

    /**
     * 412 answers an If-Match that no longer matches. A request that sent none (a business action
     * such as accepting a roadmap action or proposing an agenda) lost a race with a concurrent one
     * that changed the same aggregate between its read and its write: 409 concurrent-change, nothing
     * was saved, a retry sees the other request's result.
     */
    @ServerExceptionMapper
    public Response staleVersion(StaleVersion e, HttpHeaders headers, UriInfo uri) {
        if (headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) == null) {
            LOG.info("Concurrent change of " + (uri == null ? "?" : uri.getPath()) + " without If-Match: " + e);
            return problem(409, "concurrent-change", locale(headers), uri);
        }
        return problem(412, "stale-version", locale(headers), uri);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String message =
                Messages.text(locale, "field." + e.code(), e.arguments().toArray());
        return validation(locale, uri, List.of(new FieldError(e.field(), message == null ? e.getMessage() : message)));
    }

    @ServerExceptionMapper
    public Response requestProblem(RequestProblem e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<FieldError> errors = e.parameter() == null
                ? e.errors()
                : List.of(new FieldError(e.parameter(), Messages.text(locale, e.code() + ".detail", e.arguments())));
        return build(e.status(), e.code(), locale, uri, errors, e.arguments());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(field(violation), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return validation(locale(headers), uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return validation(
                    locale, uri, List.of(new FieldError(path(unknown), Messages.text(locale, "field.unknown"))));
        }
        if (e instanceof InvalidFormatException invalid) {
            String accepted =
                    invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                            ? java.util.Arrays.stream(invalid.getTargetType().getEnumConstants())
                                    .map(Object::toString)
                                    .collect(Collectors.joining(", "))
                            : "";
            String key = accepted.isEmpty() ? "field.invalid" : "field.enum";
            return validation(
                    locale, uri, List.of(new FieldError(path(invalid), Messages.text(locale, key, accepted))));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return validation(
                    locale, uri, List.of(new FieldError(path(mapping), Messages.text(locale, "field.invalid"))));
        }
        String repeated = repeatedKey(e);
        if (repeated != null) {
            return validation(locale, uri, List.of(new FieldError(repeated, Messages.text(locale, "field.repeated"))));
        }
        return problem(400, "malformed-json", locale, uri);
    }

    /** Declared for its own type too: the framework's mapper of this exact type would win otherwise. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return unreadableJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return unreadableJson(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadablePatch(MergePatch.PatchUnreadable e, HttpHeaders headers, UriInfo uri) {
        return unreadableJson((JsonProcessingException) e.getCause(), headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri);
    }

    @ServerExceptionMapper
    public Response securityForbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return problem(403, "forbidden", locale(headers), uri, Messages.text(locale(headers), "action.unknown"));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, headers, uri);
        }
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "no-such-path";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal" : "bad-request";
        };
        return problem(status >= 500 ? 500 : status, code, locale(headers), uri);
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers, UriInfo uri) {
        return problem(400, e.code(), locale(headers), uri, e.arguments().toArray());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers, UriInfo uri) {
        Response conflict = transactionConflict(e, headers, uri);
        if (conflict != null) {
            return conflict;
        }
        if (databaseUnavailable(e)) {
            return serviceUnavailable(e, headers, uri);
        }
        if (raceLost(e)) {
            LOG.info("Concurrent change refused by the database on " + (uri == null ? "?" : uri.getPath()) + ": " + e);
            return problem(409, "concurrent-change", locale(headers), uri);
        }
        LOG.error("Unexpected error on " + (uri == null ? "?" : uri.getPath()), e);
        return problem(500, "internal", locale(headers), uri);
    }

    /**
     * A key or reference the database refused although the service had checked it: another request
     * got there first (two members acknowledging at the same instant, two first configurations of a
     * committee). Nothing was written; the client may retry and will see the other request's result.
     */
    static boolean raceLost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * 409 concurrent-change when the database gave up this request's transaction for a conflict
     * with a concurrent one, and the service's own reruns (the application's ConflictRetry) lost
     * each time: an InnoDB deadlock or a Galera certification failure (error 1213, SQLState
     * 40001), or a row lock awaited past innodb_lock_wait_timeout (error 1205). Nothing was
     * written; the client may retry. Null for any other error.
     */
    private static Response transactionConflict(Exception e, HttpHeaders headers, UriInfo uri) {
        if (!lostConflict(e)) {
            return null;
        }
        LOG.info("Transaction lost a conflict with a concurrent one on " + (uri == null ? "?" : uri.getPath()) + ": "
                + e);
        return problem(409, "concurrent-change", locale(headers), uri);
    }

    /** An SQLException of SQLState 40001, error 1213 or 1205 among the causes, or their suppressed exceptions. */
    static boolean lostConflict(Throwable e) {
        return anyCause(
                e,
                t -> t instanceof SQLException sql
                        && ("40001".equals(sql.getSQLState())
                                || sql.getErrorCode() == 1213
                                || sql.getErrorCode() == 1205));
    }

    /**
     * The database did not answer in time: down, hung, or every pooled connection busy past the
     * acquisition timeout (docs/operations.md, "Faults and observability"). The request was not
     * carried out, or its transaction was rolled back; the client may retry after a while, with the
     * same Idempotency-Key for a POST. Agroal says "acquisition timeout" with a plain SQLException,
     * so its message is the only sign; the driver's failures carry a connection SQLState (08xxx)
     * or a connection exception type, wrapped by Hibernate and the transaction manager.
     */
    static boolean databaseUnavailable(Throwable e) {
        return anyCause(e, ProblemMapper::connectionLost);
    }

    /** Looks through the causes and the suppressed ones: a failed commit hides the driver's error as a suppressed XAException. */
    private static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>(List.of(e));
        while (!next.isEmpty() && seen.size() < 50) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            Collections.addAll(next, t.getSuppressed());
        }
        return false;
    }

    private static boolean connectionLost(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof SQLTimeoutException
                || cause instanceof java.net.ConnectException
                || cause instanceof java.net.SocketTimeoutException
                || "org.hibernate.exception.JDBCConnectionException"
                        .equals(cause.getClass().getName())) {
            return true;
        }
        if (!(cause instanceof SQLException sql)) {
            return false;
        }
        if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
        // Agroal's own words, without a type or state: no connection in time, or one that broke while
        // joining the transaction (with a single datasource, enlisting fails for no other reason)
        return message.contains("acquisition timeout")
                || message.startsWith("exception in association of connection to existing transaction");
    }

    /** 503 service-unavailable with Retry-After: a warning for the operator, no stack trace (nothing to fix in code). */
    private Response serviceUnavailable(Throwable e, HttpHeaders headers, UriInfo uri) {
        Throwable root = e;
        for (int depth = 0; depth < 20 && root.getCause() != null && root.getCause() != root; depth++) {
            root = root.getCause();
        }
        LOG.warn("Database unavailable on " + (uri == null ? "?" : uri.getPath()) + ", answered 503: " + root);
        return Response.fromResponse(problem(503, "service-unavailable", locale(headers), uri))
                .header(RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    private Response unauthorized(HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", locale(headers), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response validation(Locale locale, UriInfo uri, List<FieldError> errors) {
        String summary = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return build(400, "validation", locale, uri, errors, summary);
    }

    static Response problem(int status, String code, Locale locale, UriInfo uri, Object... arguments) {
        return build(status, code, locale, uri, List.of(), arguments);
    }

    private static Response build(
            int status, String code, Locale locale, UriInfo uri, List<FieldError> errors, Object... arguments) {
        String titleKey = Messages.text(locale, code + ".title") != null
                ? code + ".title"
                : "generic." + (status >= 500 ? "server" : "client") + ".title";
        String title = Messages.text(locale, titleKey);
        String detail = Messages.text(locale, code + ".detail", arguments);
        Problem body = new Problem(
                Problem.TYPE_PREFIX + code,
                title,
                status,
                detail,
                uri == null ? null : uri.getPath(),
                RequestIds.current(),
                errors);
        // Said here, not left to the response filter: a problem can be built before a resource, or outside the request
        // scope.
        Language asked = Messages.language(locale);
        Set<Language> languages = EnumSet.of(Messages.servedIn(asked, titleKey));
        if (detail != null) {
            languages.add(Messages.servedIn(asked, code + ".detail"));
        }
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, ContentLanguage.header(asked, languages))
                .build();
    }

    static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return Messages.FRENCH;
        }
        try {
            return Messages.choose(headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            // a header AcceptLanguageRepair has not seen (the error came first): the mapper itself must not fail
            return Messages.chooseLeniently(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        }
    }

    private static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.METHOD
                    && node.getKind() != ElementKind.PARAMETER
                    && node.getKind() != ElementKind.RETURN_VALUE
                    && node.getName() != null) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    /**
     * The key a body gives twice, as a path like the mapping errors' ({@code details.name}), or
     * null when the error is another one. The parser stops on the second occurrence, so its
     * context is where the key is.
     */
    private static String repeatedKey(JsonProcessingException e) {
        if (!(e instanceof JsonParseException parse)
                || parse.getProcessor() == null
                || e.getOriginalMessage() == null
                || !e.getOriginalMessage().startsWith("Duplicate field")) {
            return null;
        }
        com.fasterxml.jackson.core.JsonParser parser = parse.getProcessor();
        List<String> steps = new ArrayList<>();
        for (com.fasterxml.jackson.core.JsonStreamContext context = parser.getParsingContext();
                context != null && !context.inRoot();
                context = context.getParent()) {
            steps.add(0, context.inArray() ? "[" + context.getCurrentIndex() + "]" : context.getCurrentName());
        }
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            path.append(path.isEmpty() || step.startsWith("[") ? "" : ".").append(step);
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
