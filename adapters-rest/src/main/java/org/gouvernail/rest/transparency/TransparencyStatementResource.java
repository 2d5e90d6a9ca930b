package org.gouvernail.rest.transparency;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.transparency.TransparencyStatement;
import org.gouvernail.domain.transparency.port.in.AiTransparency;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;
import org.gouvernail.rest.transparency.TransparencyJson.NarrativeInput;
import org.gouvernail.rest.transparency.TransparencyJson.StatementList;
import org.gouvernail.rest.transparency.TransparencyJson.StatementView;

/**
 * REST resource: the versions of the organisation's public AI transparency statement, as staff
 * draw, edit and submit them. Publishing is not here: a committee decision on subject TRANSPARENCY
 * does it (POST …/committee/decisions).
 */
@Path("/api/v1/organisations/{orgId}/ai-transparency")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "AI transparency",
        description = "The public AI transparency statement: drawn from the registers, published by a committee "
                + "decision, read by anyone without a token")
public class TransparencyStatementResource {

    private static final String EDITORS = "Role: ADMIN or COMMITTEE.";
    private static final String IF_MATCH = "ETag of the version being changed";

    private final AiTransparency transparency;
    private final CallerFactory callers;
    private final MergePatch mergePatch;

    public TransparencyStatementResource(AiTransparency transparency, CallerFactory callers, MergePatch mergePatch) {
        this.transparency = transparency;
        this.callers = callers;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            operationId = "listTransparencyStatements",
            summary = "List the versions of the statement",
            description = "Role: any active member. Newest first, drafts included, at most 100.")
    @APIResponse(
            responseCode = "200",
            description = "The versions",
            content = @Content(schema = @Schema(implementation = StatementList.class)))
    public StatementList list(@PathParam("orgId") String orgId) {
        return new StatementList(transparency.versions(callers.current(), organisationId(orgId)).stream()
                .map(StatementView::from)
                .toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "draftTransparencyStatement",
            summary = "Draw a new version from the registers",
            description =
                    EDITORS + " One entry per use case in PILOT or IN_USE whose people affected are BENEFICIARIES "
                            + "or PUBLIC (tools with vendor, hosting region and processor agreement, data categories, human "
                            + "oversight, AI Act tier and duties, DPIA screening, main risks and their safeguards, how to reach a "
                            + "person or contest, since); internal uses summarised per team; the optional facts chosen with "
                            + "includeTrainingCoverage and includeIncidents. The narrative fields missing "
                            + "from the body come from the last published version, the principles from the easy-to-read summary "
                            + "of the policy in force. 409 personal-name-in-statement when a member's name appears anywhere; "
                            + "409 statement-draft-open when a version is already in DRAFT or IN_REVIEW.")
    @APIResponse(
            responseCode = "201",
            description = "Drafted",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "409", description = "A member named, or a version already open")
    public Response draft(@PathParam("orgId") String orgId, @Valid NarrativeInput narrative, @Context UriInfo uri) {
        TransparencyStatement statement = transparency.draft(
                callers.current(),
                organisationId(orgId),
                narrative == null ? new NarrativeInput(null, null, null, null, null).toDomain() : narrative.toDomain());
        return Versions.created(uri, statement.id(), statement.version(), StatementView.from(statement));
    }

    @GET
    @Path("/{statementId}")
    @Operation(
            operationId = "getTransparencyStatement",
            summary = "Read a version",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The version, with its ETag",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("statementId") String statementId, @Context Request request) {
        TransparencyStatement statement =
                transparency.version(callers.current(), organisationId(orgId), id(statementId));
        return Versions.read(request, statement.version(), StatementView.from(statement));
    }

    @PATCH
    @Path("/{statementId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "editTransparencyStatement",
            summary = "Change the narrative of a DRAFT (JSON merge patch)",
            description = EDITORS + " If-Match required. principles, contactAddress (a role's address), "
                    + "howToRaiseAConcern; the entries come from the registers (draw a new version after changing them). "
                    + "409 statement-frozen once submitted; 409 personal-name-in-statement.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft, or a member named")
    public Response edit(
            @PathParam("orgId") String orgId,
            @PathParam("statementId") String statementId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = NarrativeInput.class) JsonNode patch) {
        long expected = Versions.expected(ifMatch);
        TransparencyStatement current = transparency.version(callers.current(), organisationId(orgId), id(statementId));
        NarrativeInput changed = mergePatch.apply(NarrativeInput.from(current.content()), patch, NarrativeInput.class);
        TransparencyStatement updated = transparency.edit(
                callers.current(), organisationId(orgId), id(statementId), expected, changed.toDomain());
        return Versions.changed(updated.version(), StatementView.from(updated));
    }

    @POST
    @Path("/{statementId}/submit")
    @Operation(
            operationId = "submitTransparencyStatement",
            summary = "Submit a DRAFT for the committee's decision (→ IN_REVIEW)",
            description = EDITORS + " If-Match required. Then a decision with subject TRANSPARENCY and this id as "
                    + "subjectId publishes it (APPROVED) or returns it to DRAFT (REJECTED).")
    @APIResponse(
            responseCode = "200",
            description = "In review",
            content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft, or a member named")
    public Response submit(
            @PathParam("orgId") String orgId,
            @PathParam("statementId") String statementId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        TransparencyStatement submitted = transparency.submit(
                callers.current(), organisationId(orgId), id(statementId), Versions.expected(ifMatch));
        return Versions.changed(submitted.version(), StatementView.from(submitted));
    }

    private static UUID id(String value) {
        return Params.id(value, "ai-transparency");
    }
}
