package org.gouvernail.rest.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response body of every error: RFC 9457 problem details, plus the offending fields for validation. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
        name = "Problem",
        description =
                "RFC 9457 problem details; title and detail follow Accept-Language (fr, en, nl; French where a text is not translated yet, as Content-Language says).")
public record Problem(
        @Schema(maxLength = 200, examples = "https://gouvernail.org/problems/validation")
        String type,

        @Schema(maxLength = 200, examples = "Requête invalide")
        String title,

        @Schema(minimum = "400", maximum = "599", examples = "400")
        int status,

        @Schema(maxLength = 2000, examples = "Champs à corriger : name.")
        String detail,

        @Schema(maxLength = 2000, examples = "/api/v1/organisations")
        String instance,

        @Schema(
                maxLength = 128,
                pattern = "^[A-Za-z0-9._:+=/@-]{1,128}$",
                description = "The request's id, also in the X-Request-Id response header and on every log line of"
                        + " the request: quote it when reporting a problem",
                examples = "3f0c6a52-7d1e-4c8b-9a47-0b9e2f6d1c55")
        String requestId,

        @Schema(maxItems = 100) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "https://gouvernail.org/problems/";

    /** One invalid field of a request. */
    public record FieldError(
            @Schema(maxLength = 200, examples = "name") String field,

            @Schema(maxLength = 2000, examples = "ne doit pas être vide")
            String message) {}
}
