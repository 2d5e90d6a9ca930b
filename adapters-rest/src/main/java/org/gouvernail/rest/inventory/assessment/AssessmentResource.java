package org.gouvernail.rest.inventory.assessment;

import static org.gouvernail.rest.shared.Params.organisationId;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.inventory.assessment.AssessmentId;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.inventory.assessment.port.in.AssessmentRegister;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.inventory.assessment.AssessmentJson.Input;
import org.gouvernail.rest.inventory.assessment.AssessmentJson.ReturnRequest;
import org.gouvernail.rest.inventory.assessment.AssessmentJson.View;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;

/** REST resource: one vendor security assessment, its edits while DRAFT, and its workflow (submit, validate, return). */
@Path("/api/v1/organisations/{orgId}/assessments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Assessments",
        description =
                "Vendor security assessments of the tools: checklist V01–V22 (version 2; V01–V17 in version 1), computed result, validation (évaluations sécurité)")
public class AssessmentResource {

    private static final String VALIDATORS =
            "Validators: the DATA_REFERENT when the tool touched PERSONAL data or above at creation "
                    + "(dataReferentValidationRequired); otherwise ADMIN, COMMITTEE or DATA_REFERENT.";

    private final AssessmentRegister register;
    private final CallerFactory callers;
    private final MergePatch mergePatch;

    public AssessmentResource(AssessmentRegister register, CallerFactory callers, MergePatch mergePatch) {
        this.register = register;
        this.callers = callers;
        this.mergePatch = mergePatch;
    }

    @GET
    @Path("/{assessmentId}")
    @Operation(
            operationId = "getAssessment",
            summary = "Read an assessment and its computed result",
            description =
                    "Role: any active member. The reasons of the blocking findings follow Accept-Language (fr, en, nl).")
    @APIResponse(
            responseCode = "200",
            description = "The assessment, with its ETag",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId,
            @PathParam("assessmentId") String assessmentId,
            @Context Request request,
            @Context HttpHeaders headers) {
        VendorAssessment assessment =
                register.assessment(callers.current(), organisationId(orgId), assessmentId(assessmentId));
        return Versions.read(
                request, assessment.version(), View.from(assessment, ToolAssessmentResource.locale(headers)));
    }

    @PATCH
    @Path("/{assessmentId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateAssessment",
            summary = "Change answers or context of a draft (JSON merge patch)",
            description =
                    "Role: the author (CONTRIBUTOR and up), ADMIN, COMMITTEE or DATA_REFERENT, while the assessment is DRAFT. "
                            + "If-Match required. Patch one answer with {\"answers\": {\"V05\": {\"answer\": \"YES\"}}}; the result is recomputed.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(
            responseCode = "409",
            description = "The assessment is not DRAFT / L'évaluation n'est plus en brouillon")
    public Response update(
            @PathParam("orgId") String orgId,
            @PathParam("assessmentId") String assessmentId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed", required = true)
                    String ifMatch,
            @NotNull @Schema(implementation = Input.class) JsonNode patch,
            @Context HttpHeaders headers) {
        OrganisationId organisation = organisationId(orgId);
        AssessmentId id = assessmentId(assessmentId);
        long expected = Versions.expected(ifMatch);
        VendorAssessment current = register.assessment(callers.current(), organisation, id);
        Input changed = mergePatch.apply(Input.from(current.input()), patch, Input.class);
        VendorAssessment updated = register.update(callers.current(), organisation, id, expected, changed.toDomain());
        return Versions.changed(updated.version(), View.from(updated, ToolAssessmentResource.locale(headers)));
    }

    @POST
    @Path("/{assessmentId}/submit")
    @Operation(
            operationId = "submitAssessment",
            summary = "Submit a draft for validation",
            description =
                    "Role: the author (CONTRIBUTOR and up), ADMIN, COMMITTEE or DATA_REFERENT. If-Match required. DRAFT → SUBMITTED.")
    @APIResponse(
            responseCode = "200",
            description = "Submitted",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(
            responseCode = "409",
            description = "The assessment is not DRAFT / L'évaluation n'est pas en brouillon")
    public Response submit(
            @PathParam("orgId") String orgId,
            @PathParam("assessmentId") String assessmentId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed", required = true)
                    String ifMatch,
            @Context HttpHeaders headers) {
        long expected = Versions.expected(ifMatch);
        VendorAssessment submitted =
                register.submit(callers.current(), organisationId(orgId), assessmentId(assessmentId), expected);
        return Versions.changed(submitted.version(), View.from(submitted, ToolAssessmentResource.locale(headers)));
    }

    @POST
    @Path("/{assessmentId}/validate")
    @Operation(
            operationId = "validateAssessment",
            summary = "Validate an assessment",
            description = "If-Match required. " + VALIDATORS
                    + " With PERSONAL data or above: SUBMITTED → VALIDATED, and the author may "
                    + "not validate their own assessment (403). Below PERSONAL: DRAFT or SUBMITTED → VALIDATED directly. The latest "
                    + "validated assessment shows on the tool (latestAssessment).")
    @APIResponse(
            responseCode = "200",
            description = "Validated",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already validated, or personal data and not submitted yet / "
                    + "Déjà validée, ou données personnelles et pas encore soumise")
    public Response validate(
            @PathParam("orgId") String orgId,
            @PathParam("assessmentId") String assessmentId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed", required = true)
                    String ifMatch,
            @Context HttpHeaders headers) {
        long expected = Versions.expected(ifMatch);
        VendorAssessment validated =
                register.validate(callers.current(), organisationId(orgId), assessmentId(assessmentId), expected);
        return Versions.changed(validated.version(), View.from(validated, ToolAssessmentResource.locale(headers)));
    }

    @POST
    @Path("/{assessmentId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "returnAssessment",
            summary = "Return a submitted assessment to its author, with a comment",
            description = "If-Match required. " + VALIDATORS
                    + " SUBMITTED → DRAFT; the comment is required and stays on the assessment.")
    @APIResponse(
            responseCode = "200",
            description = "Back to DRAFT",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "The assessment is not SUBMITTED / L'évaluation n'est pas soumise")
    public Response giveBack(
            @PathParam("orgId") String orgId,
            @PathParam("assessmentId") String assessmentId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed", required = true)
                    String ifMatch,
            @NotNull @Valid ReturnRequest body,
            @Context HttpHeaders headers) {
        long expected = Versions.expected(ifMatch);
        VendorAssessment returned = register.sendBack(
                callers.current(), organisationId(orgId), assessmentId(assessmentId), expected, body.comment());
        return Versions.changed(returned.version(), View.from(returned, ToolAssessmentResource.locale(headers)));
    }

    private static AssessmentId assessmentId(String value) {
        return new AssessmentId(Params.id(value, "assessment"));
    }
}
