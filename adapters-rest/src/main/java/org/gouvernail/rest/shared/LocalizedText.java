package org.gouvernail.rest.shared;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.Localized;

/**
 * JSON of a text of the platform's reference content, given in all its languages (the front end
 * picks). French and English are always there, as before Dutch came; a newer language is null until
 * the text is written in it, and the reader then gets French (Content-Language says so).
 */
@Schema(
        name = "LocalizedText",
        description = "The same text in the platform's languages. fr and en are always given; "
                + "nl is null while the text is not written in Dutch yet: show fr then. Content-Language names the language a reader "
                + "of the request's Accept-Language gets.")
public record LocalizedText(
        @Schema(maxLength = 2000) String fr,

        @Schema(maxLength = 2000, description = "English; French while not written in English yet")
        String en,

        @Schema(maxLength = 2000, nullable = true, description = "Dutch; null while not written in Dutch yet")
        String nl) {

    public static LocalizedText of(Localized text) {
        ServedLanguages.offered(text.languages());
        return new LocalizedText(text.fr(), text.en(), text.written(Language.NL).orElse(null));
    }
}
