package org.gouvernail.rest.organisation;

import static org.gouvernail.rest.shared.Params.organisationId;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.organisation.OrganisationJson.Profile;
import org.gouvernail.rest.organisation.OrganisationJson.Registration;
import org.gouvernail.rest.organisation.OrganisationJson.View;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Versions;

/** REST resource: organisations (associations, federations). */
@Path("/api/v1/organisations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Associations and federations, the tenants of Gouvernail")
public class OrganisationResource {

    private final OrganisationManagement organisations;
    private final CallerFactory callers;
    private final MergePatch mergePatch;

    public OrganisationResource(OrganisationManagement organisations, CallerFactory callers, MergePatch mergePatch) {
        this.organisations = organisations;
        this.callers = callers;
        this.mergePatch = mergePatch;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "registerOrganisation",
            summary = "Register an organisation",
            description = "Role: platform-admin (realm role). The caller becomes the organisation's first ADMIN.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Slug already taken")
    public Response register(@NotNull @Valid Registration registration, @Context UriInfo uri) {
        Organisation organisation =
                organisations.register(callers.current(), registration.kind(), registration.profile());
        return Versions.created(uri, organisation.id(), organisation.version(), View.from(organisation));
    }

    @GET
    @Operation(
            operationId = "listMyOrganisations",
            summary = "List the organisations I am an active member of",
            description =
                    "Any authenticated user. Pending invitations for the caller's verified e-mail are accepted first.")
    @APIResponse(responseCode = "200", description = "One page of organisations")
    public Listing<View> mine(@BeanParam PageQuery paging) {
        return Pages.listing(organisations.mine(callers.current(), paging.request()), View::from);
    }

    @GET
    @Path("/{orgId}")
    @Operation(
            operationId = "getOrganisation",
            summary = "Read an organisation",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The organisation, with its ETag",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("orgId") String orgId, @Context Request request) {
        Organisation organisation = organisations.organisation(callers.current(), organisationId(orgId));
        return Versions.read(request, organisation.version(), View.from(organisation));
    }

    @PATCH
    @Path("/{orgId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateOrganisation",
            summary = "Change an organisation's profile (JSON merge patch)",
            description = "Role: ADMIN. If-Match required.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Slug already taken")
    public Response update(
            @PathParam("orgId") String orgId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed", required = true)
                    String ifMatch,
            @NotNull @Schema(implementation = Profile.class) JsonNode patch) {
        OrganisationId id = organisationId(orgId);
        long expected = Versions.expected(ifMatch);
        Organisation current = organisations.organisation(callers.current(), id);
        Profile changed = mergePatch.apply(Profile.from(current.profile()), patch, Profile.class);
        Organisation updated = organisations.updateProfile(callers.current(), id, expected, changed.toDomain());
        return Versions.changed(updated.version(), View.from(updated));
    }
}
