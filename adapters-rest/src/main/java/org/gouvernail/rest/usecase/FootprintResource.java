package org.gouvernail.rest.usecase;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.usecase.port.in.UseCasePortfolio;
import org.gouvernail.rest.shared.CallerFactory;

/** REST resource: the estimated footprint of an organisation's generative uses, summed (what the dashboard shows). */
@Path("/api/v1/organisations/{orgId}/footprint")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Use cases",
        description = "Portfolio of AI use cases (cas d'usage): prioritisation matrix, AI Act profile, DPIA screening")
public class FootprintResource {

    private final UseCasePortfolio portfolio;
    private final CallerFactory callers;

    public FootprintResource(UseCasePortfolio portfolio, CallerFactory callers) {
        this.portfolio = portfolio;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "getOrganisationFootprint",
            summary = "The estimated monthly footprint of the organisation's generative uses",
            description =
                    "Role: any active member. Sums, bound by bound, the estimates of the use cases neither rejected nor retired "
                            + "that declared their usage (at most 1000, oldest first; truncated says when more exist).")
    @APIResponse(
            responseCode = "200",
            description = "The sum and each use case's share",
            content = @Content(schema = @Schema(implementation = ValuesJson.OrganisationView.class)))
    public ValuesJson.OrganisationView footprint(@PathParam("orgId") String orgId) {
        return ValuesJson.OrganisationView.from(portfolio.footprint(callers.current(), organisationId(orgId)));
    }
}
