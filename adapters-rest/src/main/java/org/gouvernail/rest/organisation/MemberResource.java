package org.gouvernail.rest.organisation;

import static org.gouvernail.rest.shared.Params.organisationId;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.organisation.MemberJson.Details;
import org.gouvernail.rest.organisation.MemberJson.View;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;

/** REST resource: the members of an organisation (staff, volunteers, board, externals). */
@Path("/api/v1/organisations/{orgId}/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Who takes part in the organisation's AI governance, with which roles")
public class MemberResource {

    private final OrganisationManagement organisations;
    private final CallerFactory callers;
    private final MergePatch mergePatch;

    public MemberResource(OrganisationManagement organisations, CallerFactory callers, MergePatch mergePatch) {
        this.organisations = organisations;
        this.callers = callers;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(operationId = "listMembers", summary = "List the members", description = "Role: any active member.")
    @APIResponse(responseCode = "200", description = "One page of members, oldest first")
    public Listing<View> list(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        return Pages.listing(
                organisations.members(callers.current(), organisationId(orgId), paging.request()), View::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addMember",
            summary = "Add or invite a member",
            description =
                    "Role: ADMIN. With an e-mail the member is INVITED until they first call the API with that verified "
                            + "e-mail; without one (a volunteer without an account) the member is listed as ACTIVE but never signs in.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "The e-mail is already used by a member")
    public Response add(@PathParam("orgId") String orgId, @NotNull @Valid Details details, @Context UriInfo uri) {
        Membership added = organisations.addMember(callers.current(), organisationId(orgId), details.toDomain());
        return Versions.created(uri, added.id(), added.version(), View.from(added));
    }

    @GET
    @Path("/{memberId}")
    @Operation(operationId = "getMember", summary = "Read a member", description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The member, with its ETag",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("memberId") String memberId, @Context Request request) {
        Membership member = organisations.member(callers.current(), organisationId(orgId), memberId(memberId));
        return Versions.read(request, member.version(), View.from(member));
    }

    @PATCH
    @Path("/{memberId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateMember",
            summary = "Change a member's details or roles (JSON merge patch)",
            description = "Role: ADMIN. If-Match required. The last active ADMIN cannot be demoted.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Last administrator, e-mail in use, or member removed")
    public Response update(
            @PathParam("orgId") String orgId,
            @PathParam("memberId") String memberId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed", required = true)
                    String ifMatch,
            @NotNull @Schema(implementation = Details.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        MemberId id = memberId(memberId);
        long expected = Versions.expected(ifMatch);
        Membership current = organisations.member(callers.current(), organisation, id);
        Details changed = mergePatch.apply(Details.from(current.details()), patch, Details.class);
        Membership updated =
                organisations.updateMember(callers.current(), organisation, id, expected, changed.toDomain());
        return Versions.changed(updated.version(), View.from(updated));
    }

    @DELETE
    @Path("/{memberId}")
    @Operation(
            operationId = "removeMember",
            summary = "Remove a member",
            description = "Role: ADMIN. If-Match required. The membership is REVOKED and kept for the record; "
                    + "the last active ADMIN cannot be removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Last administrator, or already removed")
    public void remove(
            @PathParam("orgId") String orgId,
            @PathParam("memberId") String memberId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being removed", required = true)
                    String ifMatch) {
        long expected = Versions.expected(ifMatch);
        organisations.removeMember(callers.current(), organisationId(orgId), memberId(memberId), expected);
    }

    private static MemberId memberId(String value) {
        return new MemberId(Params.id(value, "member"));
    }
}
