package org.gouvernail.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdempotencyKey;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RequestFingerprint;
import org.gouvernail.domain.shared.StoredResponse;
import org.gouvernail.domain.shared.port.in.Idempotency;
import org.gouvernail.domain.shared.port.in.Idempotency.Reservation;
import org.jboss.logging.Logger;

/**
 * Request and response filter: the optional Idempotency-Key header of a POST (API.md). Before the
 * resource runs, the caller's key is reserved for this request (method, path, SHA-256 of the raw
 * body); a retry of an answered request gets the first response again, marked
 * {@code Idempotent-Replayed: true}; a retry while the first request runs gets 409, the key reused
 * for another request 422. After the resource, a response below 500 is kept for the retries; a 5xx
 * releases the key so that a retry runs again. Under an organisation's path the caller's membership
 * is checked before any kept answer is given: a member revoked since gets 404, as for any request.
 * Without the header, or without a valid token (the resource then answers 401), or on a resource
 * marked {@link LeavesNoTrace} (beyond refusing a malformed key), nothing happens here.
 *
 * <p>Not pre-matching: it runs on the worker thread of the (blocking) resource methods, where the
 * blocking calls of the Idempotency in-port are allowed.
 */
@Provider
public class IdempotencyKeys implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** Seconds a client should wait before retrying a request still in progress. */
    static final String RETRY_AFTER_SECONDS = "1";

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    private static final String RESERVATION = IdempotencyKeys.class.getName() + ".reservation";

    private final Idempotency idempotency;
    private final CallerFactory callers;
    private final ObjectMapper json;

    @Context
    ResourceInfo resource;

    public IdempotencyKeys(Idempotency idempotency, CallerFactory callers, ObjectMapper json) {
        this.idempotency = idempotency;
        this.callers = callers;
        this.json = json;
    }

    /** The key reserved by this request, waiting for its response. */
    private record Reserved(Caller caller, IdempotencyKey key) {}

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        List<String> values = request.getHeaders().get(HEADER);
        if (!"POST".equals(request.getMethod()) || values == null || values.isEmpty()) {
            return;
        }
        Optional<Caller> caller = callers.authenticated();
        if (caller.isEmpty()) {
            return;
        }
        Locale locale = Messages.choose(request.getAcceptableLanguages());
        IdempotencyKey key;
        try {
            if (values.size() != 1) {
                throw new InvalidInput(HEADER, "idempotency-key", "one " + HEADER + " header only");
            }
            key = new IdempotencyKey(values.get(0));
        } catch (InvalidInput e) {
            request.abortWith(ProblemMapper.problem(
                    400, "invalid-idempotency-key", locale, request.getUriInfo(), IdempotencyKey.MAX_LENGTH));
            return;
        }
        if (leavesNoTrace()) {
            // nothing kept for this resource, but a malformed key is refused here as everywhere
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        RequestFingerprint fingerprint = RequestFingerprint.of(request.getMethod(), path, body);
        Optional<OrganisationId> organisation = organisation(request);
        Reservation reservation = organisation.isPresent()
                ? idempotency.reserve(caller.get(), organisation.get(), key, fingerprint)
                : idempotency.reserve(caller.get(), key, fingerprint);
        switch (reservation.outcome()) {
            case RESERVED -> request.setProperty(RESERVATION, new Reserved(caller.get(), key));
            case REPLAY -> request.abortWith(replay(reservation.response()));
            case IN_PROGRESS ->
                request.abortWith(Response.fromResponse(
                                ProblemMapper.problem(409, "idempotency-in-progress", locale, request.getUriInfo()))
                        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                        .build());
            case MISMATCH ->
                request.abortWith(ProblemMapper.problem(422, "idempotency-mismatch", locale, request.getUriInfo()));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RESERVATION) instanceof Reserved reserved)) {
            return;
        }
        request.removeProperty(RESERVATION);
        try {
            Optional<StoredResponse> kept = response.getStatus() < 500 ? keep(response) : Optional.empty();
            if (kept.isPresent()) {
                idempotency.complete(reserved.caller(), reserved.key(), kept.get());
            } else {
                idempotency.release(reserved.caller(), reserved.key());
            }
        } catch (RuntimeException e) {
            LOG.warn("Idempotency-Key not completed; retries get 409 until it is abandoned: " + e);
            try {
                idempotency.release(reserved.caller(), reserved.key());
            } catch (RuntimeException again) {
                LOG.warn("Idempotency-Key not released either: " + again);
            }
        }
    }

    /** The resource asks that nothing keyed by its caller be kept ({@link LeavesNoTrace}). */
    private boolean leavesNoTrace() {
        return resource != null
                && resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(LeavesNoTrace.class)
                        || resource.getResourceClass().isAnnotationPresent(LeavesNoTrace.class));
    }

    /** The organisation of a tenant path ({orgId}); empty elsewhere, or when the id is malformed and the resource answers 404 anyway. */
    private static Optional<OrganisationId> organisation(ContainerRequestContext request) {
        String orgId = request.getUriInfo().getPathParameters().getFirst("orgId");
        try {
            return orgId == null ? Optional.empty() : Optional.of(Params.organisationId(orgId));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }

    /** The response as it will be replayed; empty when its entity cannot be written back as text (a stream, bytes). */
    private Optional<StoredResponse> keep(ContainerResponseContext response) {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        String body;
        if (entity == null) {
            body = null;
        } else if (entity instanceof String text) {
            body = text;
        } else if (type == null
                || type.getSubtype().equals("json")
                || type.getSubtype().endsWith("+json")) {
            try {
                body = json.writeValueAsString(entity);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            return Optional.empty();
        }
        String contentType = body == null ? null : type == null ? MediaType.APPLICATION_JSON : type.toString();
        return Optional.of(new StoredResponse(
                response.getStatus(),
                contentType,
                body,
                response.getHeaderString(HttpHeaders.LOCATION),
                response.getHeaderString(HttpHeaders.ETAG)));
    }

    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder replay = Response.status(stored.status()).header(REPLAYED, "true");
        if (stored.body() != null) {
            replay.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            replay.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            replay.header(HttpHeaders.ETAG, stored.etag());
        }
        return replay.build();
    }
}
