package org.gouvernail.rest.training;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.training.CatalogueModule;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Messages;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.ServedLanguages;
import org.gouvernail.rest.training.TrainingJson.CatalogueBody;
import org.gouvernail.rest.training.TrainingJson.CatalogueSummary;

/** REST resource: the starter catalogue of training modules, reference data in the platform's languages. */
@Path("/api/v1/reference/training-modules")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference")
public class TrainingCatalogueResource {

    private final TrainingProgramme programme;
    private final CallerFactory callers;

    public TrainingCatalogueResource(TrainingProgramme programme, CallerFactory callers) {
        this.programme = programme;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "listCatalogueModules",
            summary = "The starter catalogue of AI literacy modules",
            description =
                    "Any authenticated user. Modules written for associations (art. 4 AI Act: AI literacy of staff and of "
                            + "the volunteers who use AI on the association's behalf) and free external courses, named in every language "
                            + "of the platform. POST …/training-modules with fromCatalogue copies one into an organisation.")
    @APIResponse(
            responseCode = "200",
            description = "The catalogue",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = CatalogueSummary.class,
                                            maxItems = 50)))
    public List<CatalogueSummary> catalogue() {
        callers.current();
        return programme.catalogue().stream().map(CatalogueSummary::from).toList();
    }

    @GET
    @Path("/{entryId}")
    @Operation(
            operationId = "getCatalogueModule",
            summary = "A starter-catalogue module in full, in one language",
            description =
                    "Any authenticated user. language=fr|en|nl, default the Accept-Language (French first): what a copy starts with.")
    @APIResponse(
            responseCode = "200",
            description = "The module",
            content = @Content(schema = @Schema(implementation = CatalogueBody.class)))
    public CatalogueBody entry(
            @PathParam("entryId")
                    @Parameter(
                            description = "Id of the entry, e.g. checking-ai-outputs",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = "^[a-z0-9-]{1,60}$"))
                    String entryId,
            @QueryParam("language")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"fr", "en", "nl"}))
                    String language,
            @Context HttpHeaders headers) {
        callers.current();
        CatalogueModule entry = programme.catalogue().stream()
                .filter(candidate -> candidate.id().equals(entryId))
                .findFirst()
                .orElseThrow(() -> new NotFound("catalogue-module", entryId));
        Language chosen = Params.language("language", language)
                .orElseGet(() -> Language.of(
                        Messages.choose(headers.getAcceptableLanguages()).getLanguage()));
        ServedLanguages.served(entry.title().servedIn(chosen));
        ServedLanguages.served(entry.outline().servedIn(chosen));
        return CatalogueBody.from(entry, chosen);
    }
}
