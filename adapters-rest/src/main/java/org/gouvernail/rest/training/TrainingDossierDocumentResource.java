package org.gouvernail.rest.training;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.LiteracyDossier;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Messages;
import org.gouvernail.rest.shared.RequestProblem;

/** REST resource: the AI literacy evidence dossier as a printable HTML page, with the requirements and their rationale. */
@Path("/api/v1/organisations/{orgId}/training-dossier/document")
@Authenticated
@Tag(name = "Training")
public class TrainingDossierDocumentResource {

    private final TrainingProgramme programme;
    private final DossierDocument document;
    private final CallerFactory callers;
    private final Clock clock;

    public TrainingDossierDocumentResource(
            TrainingProgramme programme, DossierDocument document, CallerFactory callers, Clock clock) {
        this.programme = programme;
        this.document = document;
        this.callers = callers;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            operationId = "getTrainingDossierDocument",
            summary = "The AI literacy evidence dossier as a printable HTML page",
            description =
                    "Role: ADMIN, COMMITTEE, DATA_REFERENT or VIEWER; names only for ADMIN and DATA_REFERENT. The "
                            + "same dossier as GET …/training-dossier (asOf, reproducible records), with the literacy requirements "
                            + "in force that day, each in the revision then in force, with its rationale. Rendered on the server, "
                            + "every value escaped, with a Content-Security-Policy allowing only its own style block, and nosniff. "
                            + "Headings in the Accept-Language (fr, en, nl).")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_HTML,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 100000000)))
    public Response page(
            @PathParam("orgId") String orgId,
            @QueryParam("asOf")
                    @Parameter(
                            description = "A day, YYYY-MM-DD; default today",
                            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
                    String asOf,
            @Context HttpHeaders headers) {
        Caller caller = callers.current();
        OrganisationId organisation = organisationId(orgId);
        LiteracyDossier dossier = programme.dossier(caller, organisation, day(asOf));
        String lang = Messages.choose(headers.getAcceptableLanguages()).getLanguage();
        return Response.ok(
                        document.html(dossier, dossier.requirements(), lang),
                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "inline; filename=\"ai-literacy-dossier-" + dossier.asOf() + ".html\"")
                .header("Content-Security-Policy", document.contentSecurityPolicy())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw RequestProblem.invalidParameter("asOf", "YYYY-MM-DD");
        }
    }
}
