package org.gouvernail.rest.training;

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
import jakarta.ws.rs.QueryParam;
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
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.LiteracyRequirement;
import org.gouvernail.domain.training.LiteracyRequirementId;
import org.gouvernail.domain.training.RequirementStatus;
import org.gouvernail.domain.training.port.in.LiteracyPlanning;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;
import org.gouvernail.rest.training.LiteracyJson.CoverageJson;
import org.gouvernail.rest.training.LiteracyJson.RequirementView;
import org.gouvernail.rest.training.LiteracyJson.Terms;

/**
 * REST resource: the literacy requirements of an organisation (art. 4 AI Act): who must follow which
 * modules, by when and why; each change of the terms is a new revision; and their coverage.
 */
@Path("/api/v1/organisations/{orgId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training", description = "AI literacy (art. 4 AI Act): modules, sessions, records (comprendre l'IA)")
public class LiteracyRequirementResource {

    private static final String IF_MATCH = "ETag of the requirement being changed";
    private static final String COORDINATORS = "Role: ADMIN, COMMITTEE or DATA_REFERENT. ";

    private final LiteracyPlanning planning;
    private final CallerFactory callers;
    private final MergePatch mergePatch;

    public LiteracyRequirementResource(LiteracyPlanning planning, CallerFactory callers, MergePatch mergePatch) {
        this.planning = planning;
        this.callers = callers;
        this.mergePatch = mergePatch;
    }

    @GET
    @Path("/literacy-requirements")
    @Operation(
            operationId = "listLiteracyRequirements",
            summary = "List the literacy requirements",
            description = "Role: any active member. Oldest first; status filters.")
    @APIResponse(responseCode = "200", description = "One page of requirements")
    public Listing<RequirementView> list(
            @PathParam("orgId") String orgId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RequirementStatus.class)) String status,
            @BeanParam PageQuery paging) {
        return Pages.listing(
                planning.requirements(
                        callers.current(),
                        organisationId(orgId),
                        Params.option("status", status, RequirementStatus.class),
                        paging.request()),
                RequirementView::from);
    }

    @POST
    @Path("/literacy-requirements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createLiteracyRequirement",
            summary = "Create a literacy requirement",
            description =
                    COORDINATORS
                            + "ACTIVE at revision 1. The modules must be ACTIVE modules of the organisation, the owner an active "
                            + "member; the tools and use cases of the audience must exist. Its obligations are computed at once: "
                            + "the people of the audience see them in GET /api/v1/me/learning and, when MANDATORY, in their to-do list.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = RequirementView.class)))
    @APIResponse(
            responseCode = "409",
            description = "A module is not active (module-not-active), the owner was removed")
    public Response create(@PathParam("orgId") String orgId, @NotNull @Valid Terms terms, @Context UriInfo uri) {
        LiteracyRequirement requirement =
                planning.createRequirement(callers.current(), organisationId(orgId), terms.toDomain());
        return Versions.created(uri, requirement.id(), requirement.version(), RequirementView.from(requirement));
    }

    @GET
    @Path("/literacy-requirements/{requirementId}")
    @Operation(
            operationId = "getLiteracyRequirement",
            summary = "Read a literacy requirement",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The requirement, with its ETag",
            content = @Content(schema = @Schema(implementation = RequirementView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId,
            @PathParam("requirementId") String requirementId,
            @Context Request request) {
        LiteracyRequirement requirement =
                planning.requirement(callers.current(), organisationId(orgId), requirementId(requirementId));
        return Versions.read(request, requirement.version(), RequirementView.from(requirement));
    }

    @PATCH
    @Path("/literacy-requirements/{requirementId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "reviseLiteracyRequirement",
            summary = "Change a requirement's terms (JSON merge patch): a new revision",
            description =
                    COORDINATORS + "If-Match required. The revision goes up by one; the audit trail keeps the change.")
    @APIResponse(
            responseCode = "200",
            description = "Revised",
            content = @Content(schema = @Schema(implementation = RequirementView.class)))
    @APIResponse(responseCode = "409", description = "Retired (requirement-retired), or a module is not active")
    public Response revise(
            @PathParam("orgId") String orgId,
            @PathParam("requirementId") String requirementId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = Terms.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        LiteracyRequirementId id = requirementId(requirementId);
        long expected = Versions.expected(ifMatch);
        LiteracyRequirement current = planning.requirement(callers.current(), organisation, id);
        Terms changed = mergePatch.apply(Terms.from(current.terms()), patch, Terms.class);
        LiteracyRequirement revised =
                planning.reviseRequirement(callers.current(), organisation, id, expected, changed.toDomain());
        return Versions.changed(revised.version(), RequirementView.from(revised));
    }

    @POST
    @Path("/literacy-requirements/{requirementId}/retire")
    @Operation(
            operationId = "retireLiteracyRequirement",
            summary = "Retire a requirement",
            description = COORDINATORS
                    + "If-Match required. ACTIVE → RETIRED, for good: it asks nothing more and stays for the record. "
                    + "Requirements are never deleted.")
    @APIResponse(
            responseCode = "200",
            description = "Retired",
            content = @Content(schema = @Schema(implementation = RequirementView.class)))
    @APIResponse(responseCode = "409", description = "Already retired")
    public Response retire(
            @PathParam("orgId") String orgId,
            @PathParam("requirementId") String requirementId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        LiteracyRequirement retired = planning.retireRequirement(
                callers.current(), organisationId(orgId), requirementId(requirementId), expected);
        return Versions.changed(retired.version(), RequirementView.from(retired));
    }

    @GET
    @Path("/literacy-coverage")
    @Operation(
            operationId = "getLiteracyCoverage",
            summary = "How far the literacy requirements are met today",
            description =
                    "Role: ADMIN, COMMITTEE, DATA_REFERENT or VIEWER. Per requirement (people concerned, covered, "
                            + "due, overdue), per team and per person type (MANDATORY requirements only); members without an "
                            + "account count. Counts only, no names.")
    @APIResponse(
            responseCode = "200",
            description = "The coverage",
            content = @Content(schema = @Schema(implementation = CoverageJson.class)))
    public CoverageJson coverage(@PathParam("orgId") String orgId) {
        return CoverageJson.from(planning.coverage(callers.current(), organisationId(orgId)));
    }

    private static LiteracyRequirementId requirementId(String value) {
        return new LiteracyRequirementId(Params.id(value, "literacy-requirement"));
    }
}
