package org.gouvernail.rest.inventory;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.gouvernail.domain.catalogue.port.in.SharedCatalogue;
import org.gouvernail.domain.catalogue.port.in.SharedCatalogue.AdoptionView;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;

/** REST resource: the catalogue adoption of one tool, and its review after an upstream change. */
@Path("/api/v1/organisations/{orgId}/tools/{toolId}/adoption")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tools", description = "Inventory of the AI tools staff and volunteers use (audit et sécurité)")
public class ToolAdoptionLinkResource {

    private final SharedCatalogue catalogue;
    private final CallerFactory callers;

    public ToolAdoptionLinkResource(SharedCatalogue catalogue, CallerFactory callers) {
        this.catalogue = catalogue;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "getToolAdoption",
            summary = "The catalogue entry a tool was adopted from, and the local re-evaluation",
            description = "Role: any active member. 404 for a tool not adopted from a catalogue. The entry's revision "
                    + "above the one last reviewed means a review is due (to-do kind catalogue-adoption.review).")
    @APIResponse(
            responseCode = "200",
            description = "The adoption, with its ETag",
            content = @Content(schema = @Schema(implementation = AdoptionJson.View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("toolId") String toolId, @Context Request request) {
        AdoptionView view = catalogue.adoption(callers.current(), organisationId(orgId), toolId(toolId));
        String qualifier =
                view.entry() == null ? null : Integer.toHexString(view.entry().revision());
        return Versions.read(request, view.version(), qualifier, AdoptionJson.View.from(view));
    }

    @POST
    @Path("/review")
    @Operation(
            operationId = "reviewToolAdoption",
            summary = "Review the adopted tool against the entry's current revision",
            description = "Role: ADMIN or COMMITTEE. If-Match required (the adoption's ETag). The findings are "
                    + "re-evaluated against the entry as it is now (a new data ceiling may add or remove blocking "
                    + "findings) and the review item closes.")
    @APIResponse(
            responseCode = "200",
            description = "Reviewed",
            content = @Content(schema = @Schema(implementation = AdoptionJson.View.class)))
    public Response review(
            @PathParam("orgId") String orgId,
            @PathParam("toolId") String toolId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the adoption", required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        AdoptionView view = catalogue.review(callers.current(), organisationId(orgId), toolId(toolId), expected);
        return Versions.changed(view.version(), AdoptionJson.View.from(view));
    }

    private static ToolId toolId(String value) {
        return new ToolId(Params.id(value, "tool"));
    }
}
