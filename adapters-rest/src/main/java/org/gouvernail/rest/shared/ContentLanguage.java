package org.gouvernail.rest.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.gouvernail.domain.shared.Language;

/**
 * Response filter: Content-Language names the language the response's texts are really in, so
 * that a client asking for Dutch knows when a text is not written in Dutch yet and French came
 * instead ("nl", "fr", or "nl, fr" for a mix). A response without texts of the platform (an
 * organisation's own data) gets none; a problem document sets its own.
 */
@Provider
public class ContentLanguage implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            return;
        }
        Language asked = Messages.language(Messages.choose(request.getAcceptableLanguages()));
        Set<Language> languages = ServedLanguages.current()
                .map(served -> served.languagesFor(asked))
                .orElse(Set.of());
        if (!languages.isEmpty()) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, header(asked, languages));
        }
    }

    /** "nl", or "nl, fr" when part of the texts fell back to French: the asked language first. */
    static String header(Language asked, Set<Language> languages) {
        return languages.stream()
                .sorted(Comparator.comparing((Language language) -> language != asked)
                        .thenComparing(Comparator.naturalOrder()))
                .map(Language::code)
                .collect(Collectors.joining(", "));
    }
}
