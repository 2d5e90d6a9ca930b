package org.gouvernail.rest.shared;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.shared.Language;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * Request state: the languages the texts of this response are really in, noted as they are looked
 * up, for the Content-Language header ({@link ContentLanguage}). A text in one language notes it;
 * a text given in all its languages (the fr/en/nl JSON) notes those it has, and counts as the
 * asked language when it has it, as French otherwise. Outside a request nothing is noted.
 *
 * <p>Kept as a property of the HTTP request rather than a request-scoped bean: the framework only
 * activates the CDI request scope where an endpoint needs it, while the request lives until the
 * response filters have run.
 */
public final class ServedLanguages {

    private static final String PROPERTY = ServedLanguages.class.getName();

    private final Set<Language> served = EnumSet.noneOf(Language.class);
    private final List<Set<Language>> offered = new ArrayList<>();

    /** A text was given in {@code language}. */
    public static void served(Language language) {
        current(true).ifPresent(state -> state.served.add(language));
    }

    /** A text was given in all of {@code languages} at once; the reader picks hers. */
    public static void offered(Set<Language> languages) {
        current(true).ifPresent(state -> state.offered.add(Set.copyOf(languages)));
    }

    /** The languages the reader gets; empty when the response carried no text of the platform. */
    Set<Language> languagesFor(Language asked) {
        Set<Language> languages = EnumSet.copyOf(served);
        offered.forEach(available -> languages.add(available.contains(asked) ? asked : Language.FALLBACK));
        return languages;
    }

    /** The texts noted during this request, if any were. */
    static Optional<ServedLanguages> current() {
        return current(false);
    }

    private static Optional<ServedLanguages> current(boolean create) {
        io.quarkus.arc.ArcContainer container = io.quarkus.arc.Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            // a refusal written by an HTTP route handler before any resource (HttpEdge): no request of the framework
            // yet
            return Optional.empty();
        }
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null) {
            return Optional.empty();
        }
        Object state = request.getContainerRequestContext().getProperty(PROPERTY);
        if (state == null && create) {
            state = new ServedLanguages();
            request.getContainerRequestContext().setProperty(PROPERTY, state);
        }
        return Optional.ofNullable((ServedLanguages) state);
    }
}
