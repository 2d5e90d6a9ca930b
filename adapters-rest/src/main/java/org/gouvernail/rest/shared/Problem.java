package org.gouvernail.rest.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response body of every error: RFC 9457 problem details, plus the offending fields for validation. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; title and detail follow Accept-Language (fr, en).")
public record Problem(
        @Schema(examples = "https://gouvernail.org/problems/validation") String type,
        @Schema(examples = "Requête invalide") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "Le champ name est obligatoire.") String detail,
        @Schema(examples = "/api/v1/organisations") String instance,
        @Schema(maxItems = 100) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "https://gouvernail.org/problems/";

    /** One invalid field of a request. */
    public record FieldError(@Schema(examples = "name") String field, @Schema(examples = "ne doit pas être vide") String message) {
    }
}
