package org.gouvernail.rest.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Request filter: the 1 MiB limit for a body sent without Content-Length (chunked), which only
 * reading can measure; a declared length above it never gets here ({@link HttpEdge} refuses it
 * before the body is read). At most one byte past the limit is read before the 413 problem; the
 * server's own limit (max-body-size) stays above as the hard stop. Runs before the other filters
 * that read the body (Idempotency-Key), on the resource's worker thread.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BodyLimit implements ContainerRequestFilter {

    public static final long MAX_BODY_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.getLength() >= 0 || !request.hasEntity()) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes((int) MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            request.abortWith(ProblemMapper.problem(
                    413, "payload-too-large", Messages.choose(request.getAcceptableLanguages()), request.getUriInfo()));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
