package org.gouvernail.rest.inventory.assessment;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.inventory.assessment.port.in.AssessmentRegister;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.inventory.assessment.AssessmentJson.Input;
import org.gouvernail.rest.inventory.assessment.AssessmentJson.View;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Messages;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;

/** REST resource: the vendor security assessments of one tool (start one, list them). */
@Path("/api/v1/organisations/{orgId}/tools/{toolId}/assessments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Assessments",
        description =
                "Vendor security assessments of the tools: checklist V01–V17, computed result, validation (évaluations sécurité)")
public class ToolAssessmentResource {

    private final AssessmentRegister register;
    private final CallerFactory callers;

    public ToolAssessmentResource(AssessmentRegister register, CallerFactory callers) {
        this.register = register;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "startAssessment",
            summary = "Assess a tool against the vendor checklist",
            description =
                    "Role: CONTRIBUTOR, DATA_REFERENT, COMMITTEE or ADMIN. Every item V01–V17 must be answered (400 lists the "
                            + "missing ones). The assessment starts DRAFT, on a snapshot of the tool's data categories and hosting region; "
                            + "score, level and blocking findings are computed, never sent.")
    @APIResponse(
            responseCode = "201",
            description = "Started; Location is /api/v1/organisations/{orgId}/assessments/{assessmentId}",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "The tool is retired / L'outil est retiré")
    public Response start(
            @PathParam("orgId") String orgId,
            @PathParam("toolId") String toolId,
            @NotNull @Valid Input input,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        OrganisationId organisation = organisationId(orgId);
        VendorAssessment assessment = register.start(
                callers.current(), organisation, new ToolId(Params.id(toolId, "tool")), input.toDomain());
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/organisations/{orgId}/assessments/{id}")
                        .build(organisation.value(), assessment.id().value()))
                .tag(Versions.tag(assessment.version()))
                .entity(View.from(assessment, locale(headers)))
                .build();
    }

    @GET
    @Operation(
            operationId = "listToolAssessments",
            summary = "List the assessments of a tool",
            description =
                    "Role: any active member. Newest first; the history stays when a new assessment supersedes an older one.")
    @APIResponse(responseCode = "200", description = "One page of assessments, newest first")
    public Listing<View> list(
            @PathParam("orgId") String orgId,
            @PathParam("toolId") String toolId,
            @BeanParam PageQuery paging,
            @Context HttpHeaders headers) {
        Locale locale = locale(headers);
        return Pages.listing(
                register.assessmentsOf(
                        callers.current(),
                        organisationId(orgId),
                        new ToolId(Params.id(toolId, "tool")),
                        paging.request()),
                assessment -> View.from(assessment, locale));
    }

    static Locale locale(HttpHeaders headers) {
        return headers == null ? Messages.FRENCH : Messages.choose(headers.getAcceptableLanguages());
    }
}
