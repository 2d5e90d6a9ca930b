package org.gouvernail.rest.usecase;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.port.in.UseCasePortfolio;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;

/** REST resource: the values check of a use case and the footprint of its declared usage. */
@Path("/api/v1/organisations/{orgId}/use-cases/{useCaseId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Use cases",
        description = "Portfolio of AI use cases (cas d'usage): prioritisation matrix, AI Act profile, DPIA screening")
public class ValuesCheckResource {

    private static final String IF_MATCH = "ETag of the version being changed";

    private final UseCasePortfolio portfolio;
    private final CallerFactory callers;

    public ValuesCheckResource(UseCasePortfolio portfolio, CallerFactory callers) {
        this.portfolio = portfolio;
        this.callers = callers;
    }

    @GET
    @Path("/values-check")
    @Operation(
            operationId = "getUseCaseValuesCheck",
            summary = "Read the values check of a use case and the concerns it raises",
            description =
                    "Role: any active member. The ETag is the use case's. Concerns come from explicit rules over the answers, "
                            + "the people affected, the data categories and the AI Act profile (art. 50 duties, art. 27 FRIA); see docs/api.md.")
    @APIResponse(
            responseCode = "200",
            description = "The check, its concerns and follow-ups",
            content = @Content(schema = @Schema(implementation = ValuesJson.View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("useCaseId") String useCaseId, @Context Request request) {
        UseCase useCase = portfolio.useCase(callers.current(), organisationId(orgId), useCaseId(useCaseId));
        return Versions.read(request, useCase.version(), ValuesJson.View.from(useCase));
    }

    @PUT
    @Path("/values-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putUseCaseValuesCheck",
            summary = "Answer the values check and respond to its concerns",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT; the owner too while the use case is an IDEA. If-Match required "
                            + "(the use case's ETag). The answers are replaced as a whole; responses are given by concern code. A SERIOUS "
                            + "concern without response keeps a committee decision from approving the use case unless the decision has "
                            + "acknowledgesValuesCheck: true (409 values-check-not-acknowledged otherwise).")
    @APIResponse(
            responseCode = "200",
            description = "The check with its concerns; ETag of the use case",
            content = @Content(schema = @Schema(implementation = ValuesJson.View.class)))
    @APIResponse(responseCode = "409", description = "The use case is retired")
    public Response put(
            @PathParam("orgId") String orgId,
            @PathParam("useCaseId") String useCaseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid ValuesJson.Body body) {
        long expected = Versions.expected(ifMatch);
        UseCase checked = portfolio.checkValues(
                callers.current(),
                organisationId(orgId),
                useCaseId(useCaseId),
                expected,
                body.toDomain(),
                body.responses());
        return Versions.changed(checked.version(), ValuesJson.View.from(checked));
    }

    @GET
    @Path("/footprint")
    @Operation(
            operationId = "getUseCaseFootprint",
            summary = "Read the estimated environmental footprint of a use case",
            description =
                    "Role: any active member. The ETag is the use case's. Energy (kWh), emissions (kg CO2e), equivalents (km by car, "
                            + "kettle boils) per month, as ranges, from the declared usage (EcoLogits methodology v1.0; coefficients at "
                            + "GET /api/v1/reference/footprint-method). Inputs and estimate are null until the usage is declared.")
    @APIResponse(
            responseCode = "200",
            description = "The declared usage and its estimate",
            content = @Content(schema = @Schema(implementation = ValuesJson.FootprintView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response footprint(
            @PathParam("orgId") String orgId, @PathParam("useCaseId") String useCaseId, @Context Request request) {
        UseCase useCase = portfolio.useCase(callers.current(), organisationId(orgId), useCaseId(useCaseId));
        return Versions.read(request, useCase.version(), ValuesJson.FootprintView.from(useCase));
    }

    @PUT
    @Path("/footprint")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putUseCaseFootprint",
            summary = "Declare the usage of a generative use and get its footprint estimate",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT; the owner too while the use case is an IDEA. If-Match required "
                            + "(the use case's ETag). Replaces the declared usage as a whole.")
    @APIResponse(
            responseCode = "200",
            description = "The declared usage and its estimate; ETag of the use case",
            content = @Content(schema = @Schema(implementation = ValuesJson.FootprintView.class)))
    @APIResponse(responseCode = "409", description = "The use case is retired")
    public Response declareFootprint(
            @PathParam("orgId") String orgId,
            @PathParam("useCaseId") String useCaseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid ValuesJson.FootprintBody body) {
        long expected = Versions.expected(ifMatch);
        UseCase declared = portfolio.declareFootprint(
                callers.current(), organisationId(orgId), useCaseId(useCaseId), expected, body.toDomain());
        return Versions.changed(declared.version(), ValuesJson.FootprintView.from(declared));
    }

    private static UseCaseId useCaseId(String value) {
        return new UseCaseId(Params.id(value, "use-case"));
    }
}
