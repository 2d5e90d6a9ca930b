package org.gouvernail.rest.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * Request filter: refuses a declared body above 1 MiB with a 413 problem document before it is
 * read. (Bodies sent without Content-Length are cut by the HTTP server's own limit.)
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    public static final long MAX_BODY_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BODY_BYTES) {
            UriInfo uri = request.getUriInfo();
            request.abortWith(ProblemMapper.problem(
                    413, "payload-too-large", Messages.choose(request.getAcceptableLanguages()), uri));
        }
    }
}
