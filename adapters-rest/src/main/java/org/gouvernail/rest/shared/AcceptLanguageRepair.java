package org.gouvernail.rest.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Request filter: an Accept-Language header the framework cannot parse ({@code fr;q=2}, stray
 * characters) is replaced, before anything reads it, by the language a lenient reading finds
 * ({@link Messages#chooseLeniently}), French by default. Every later reader (problem mapper,
 * resources, Content-Language) then sees a well-formed header: the framework's parser throws on
 * a bad one, which used to end as a 500 from the error mapper itself.
 */
@Provider
@PreMatching
@Priority(100)
public class AcceptLanguageRepair implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null) {
            return;
        }
        try {
            request.getAcceptableLanguages();
        } catch (RuntimeException e) {
            request.getHeaders()
                    .putSingle(
                            HttpHeaders.ACCEPT_LANGUAGE,
                            Messages.chooseLeniently(header).toLanguageTag());
        }
    }
}
