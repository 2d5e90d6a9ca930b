package org.gouvernail.rest.inventory;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.catalogue.port.in.SharedCatalogue;
import org.gouvernail.domain.catalogue.port.in.SharedCatalogue.Adopted;
import org.gouvernail.rest.inventory.AdoptionJson.Input;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Versions;

/** REST resource: an organisation adopts a tool from the catalogue of a federation it is an ACTIVE member of. */
@Path("/api/v1/organisations/{orgId}/tools/adopt")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tools", description = "Inventory of the AI tools staff and volunteers use (audit et sécurité)")
public class ToolAdoptionResource {

    private final SharedCatalogue catalogue;
    private final CallerFactory callers;

    public ToolAdoptionResource(SharedCatalogue catalogue, CallerFactory callers) {
        this.catalogue = catalogue;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "adoptCatalogueTool",
            summary = "Adopt a tool from a federation's catalogue",
            description = "Role: CONTRIBUTOR, DATA_REFERENT, COMMITTEE or ADMIN (who may declare a tool). The tool is "
                    + "declared (DECLARED: the committee still decides) from a PUBLISHED entry of a federation the "
                    + "organisation is an ACTIVE member of; otherwise 404. The organisation's data categories are "
                    + "re-evaluated against the entry's data ceiling: each category above it is a blocking finding, "
                    + "and an approval is refused (409 catalogue-adoption-blocked) until an assessment of the "
                    + "organisation's own, validated after the adoption, covers it. Audited in the organisation's "
                    + "trail (tool.declared, catalogue.tool-adopted).")
    @APIResponse(
            responseCode = "201",
            description =
                    "Adopted: the adoption of the new tool (Location), its local re-evaluation, the adoption's ETag",
            content = @Content(schema = @Schema(implementation = AdoptionJson.View.class)))
    @APIResponse(responseCode = "404", description = "No such published entry for this organisation")
    @APIResponse(responseCode = "409", description = "The entry is DEPRECATED (catalogue-entry-not-adoptable)")
    public Response adopt(
            @PathParam("orgId") String orgId, @NotNull @Valid Input input, @jakarta.ws.rs.core.Context UriInfo uri) {
        Adopted adopted = catalogue.adopt(callers.current(), organisationId(orgId), input.toDomain());
        AdoptionJson.View body = AdoptionJson.View.from(
                adopted.adoption(),
                adopted.entry(),
                adopted.tool().details().name(),
                adopted.tool().status());
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/organisations/" + orgId + "/tools/"
                                + adopted.tool().id())
                        .build())
                .tag(Versions.tag(0))
                .entity(body)
                .build();
    }
}
