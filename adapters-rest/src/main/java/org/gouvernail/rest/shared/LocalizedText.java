package org.gouvernail.rest.shared;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.shared.Localized;

/** JSON of a text of the platform's reference content, given in both its languages (the front end picks). */
@Schema(name = "LocalizedText", description = "The same text in French and in English")
public record LocalizedText(@Schema(maxLength = 2000) String fr, @Schema(maxLength = 2000) String en) {

    public static LocalizedText of(Localized text) {
        return new LocalizedText(text.fr(), text.en());
    }
}
