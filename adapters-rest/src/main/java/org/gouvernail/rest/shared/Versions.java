package org.gouvernail.rest.shared;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * ETag / If-Match: the ETag is the aggregate's version. Reads answer with it (and 304 when
 * If-None-Match still matches); updates and deletes must send it back in If-Match.
 */
public final class Versions {

    private Versions() {}

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the body and its ETag, or 304 when the client's copy is current. */
    public static Response read(Request request, long version, Object body) {
        return read(request, version, null, body);
    }

    /**
     * Same, for a representation that also shows data of other aggregates (a tool shows its latest
     * assessment): the qualifier changes the ETag with them, so that 304 never hides their change,
     * while If-Match still reads the version before the dash.
     */
    public static Response read(Request request, long version, String qualifier, Object body) {
        EntityTag tag = qualifier == null ? tag(version) : new EntityTag(version + "-" + qualifier);
        Response.ResponseBuilder notModified = preconditions(request, tag);
        return notModified != null
                ? notModified.tag(tag).build()
                : Response.ok(body).tag(tag).build();
    }

    /**
     * The answer the conditional headers ask instead of the representation: 304 when If-None-Match
     * still matches, null to serve it. An If-Match that no longer matches (RFC 9110 allows it on a read)
     * is 412 stale-version, a problem like every other refusal, not a bodiless 412.
     */
    public static Response.ResponseBuilder preconditions(Request request, EntityTag tag) {
        Response.ResponseBuilder answer = request.evaluatePreconditions(tag);
        if (answer != null && answer.build().getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
            throw new RequestProblem(412, "stale-version");
        }
        return answer;
    }

    /** 201 with Location (the request URI followed by the new id), the ETag and the body. */
    public static Response created(UriInfo uri, Object id, long version, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(tag(version))
                .entity(body)
                .build();
    }

    /** 200 after a change, with the new ETag. */
    public static Response changed(long version, Object body) {
        return Response.ok(body).tag(tag(version)).build();
    }

    /** The version named by If-Match; 428 when absent, 400 when not one of our ETags. */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new RequestProblem(428, "precondition-required");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        int dash = value.indexOf('-');
        if (dash > 0 && value.substring(dash + 1).matches("[0-9a-z]{1,16}")) {
            value = value.substring(0, dash);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new RequestProblem(400, "invalid-if-match");
        }
    }
}
