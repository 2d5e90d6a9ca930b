package org.gouvernail.rest.shared;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.shared.Language;

/**
 * Request state: the languages the texts of this response are really in, noted as they are looked
 * up, for the Content-Language header ({@link ContentLanguage}). A text in one language notes it;
 * a text given in all its languages (the fr/en/nl JSON) notes those it has, and counts as the
 * asked language when it has it, as French otherwise. Outside a request nothing is noted.
 */
@RequestScoped
public class ServedLanguages {

    private final Set<Language> served = EnumSet.noneOf(Language.class);
    private final List<Set<Language>> offered = new ArrayList<>();

    /** A text was given in {@code language}. */
    public static void served(Language language) {
        current().ifPresent(languages -> languages.served.add(language));
    }

    /** A text was given in all of {@code languages} at once; the reader picks hers. */
    public static void offered(Set<Language> languages) {
        current().ifPresent(state -> state.offered.add(Set.copyOf(languages)));
    }

    /** The languages the reader gets; empty when the response carried no text of the platform. */
    Set<Language> languagesFor(Language asked) {
        Set<Language> languages = EnumSet.copyOf(served);
        offered.forEach(available -> languages.add(available.contains(asked) ? asked : Language.FALLBACK));
        return languages;
    }

    static Optional<ServedLanguages> current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Optional.empty();
        }
        return Optional.of(container.instance(ServedLanguages.class).get());
    }
}
