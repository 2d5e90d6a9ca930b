package org.gouvernail.rest.risk;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.risk.ActionId;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskFilter;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.risk.port.in.RiskRegister;
import org.gouvernail.domain.risk.port.in.RiskRegister.Actioned;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.risk.RiskJson.AcceptanceRequest;
import org.gouvernail.rest.risk.RiskJson.ActionInput;
import org.gouvernail.rest.risk.RiskJson.ActionView;
import org.gouvernail.rest.risk.RiskJson.Creation;
import org.gouvernail.rest.risk.RiskJson.Details;
import org.gouvernail.rest.risk.RiskJson.Heatmap;
import org.gouvernail.rest.risk.RiskJson.View;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.ExportFormat;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.Messages;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Spreadsheets;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: the risk register of an organisation, its mitigation actions and its heatmap.
 * A risk and its actions are one aggregate: the ETag of an action is its risk's version.
 */
@Path("/api/v1/organisations/{orgId}/risks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Risks",
        description =
                "Risk register: likelihood × severity, treatment, mitigation actions, reviews (audit et sécurité)")
public class RiskResource {

    private static final String IF_MATCH = "ETag of the risk being changed (an action's ETag is its risk's)";

    private final RiskRegister register;
    private final CallerFactory callers;
    private final MergePatch mergePatch;
    private final Clock clock;

    public RiskResource(RiskRegister register, CallerFactory callers, MergePatch mergePatch, Clock clock) {
        this.register = register;
        this.callers = callers;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "listRisks",
            summary = "List the risk register",
            description =
                    "Role: any active member. Filters combine; level is the inherent level; overdue=true keeps the risks "
                            + "(not closed) whose next review date or an action not DONE or CANCELLED is past due.")
    @APIResponse(responseCode = "200", description = "One page of risks, oldest first")
    public Listing<View> list(
            @PathParam("orgId") String orgId, @BeanParam RiskListQuery query, @BeanParam PageQuery paging) {
        RiskFilter filter = query.filter();
        LocalDate today = today();
        return Pages.listing(
                register.risks(callers.current(), organisationId(orgId), filter, paging.request()),
                risk -> View.from(risk, today));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "raiseRisk",
            summary = "Raise a risk, possibly from the catalogue",
            description =
                    "Role: CONTRIBUTOR, DATA_REFERENT, COMMITTEE or ADMIN. The risk starts OPEN. With fromCatalogue the entry "
                            + "fills what the request leaves out, in the organisation's language, and its suggested actions are created. "
                            + "Tool and owner ids must be of this organisation (404 otherwise).")
    @APIResponse(
            responseCode = "201",
            description = "Raised",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(
            responseCode = "409",
            description = "Treatment ACCEPT (use accept) or owner removed from the organisation")
    public Response raise(@PathParam("orgId") String orgId, @NotNull @Valid Creation creation, @Context UriInfo uri) {
        Risk risk = register.raise(callers.current(), organisationId(orgId), creation.toDomain());
        return Versions.created(uri, risk.id(), risk.version(), View.from(risk, today()));
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "exportRisks",
            summary = "Export the risk register as CSV or JSON",
            description =
                    "Role: any active member. format=csv (default; headers in the Accept-Language, French with ; and decimal "
                            + "commas, English with ,) or json (the same objects as the list). Same filters as the list; at most 10 000 risks.")
    @APIResponse(
            responseCode = "200",
            description = "The register",
            content = {
                @Content(
                        mediaType = "text/csv",
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        maxLength = 100000000,
                                        description = "The spreadsheet (UTF-8)")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = View.class, maxItems = 10000))
            })
    public Response export(
            @PathParam("orgId") String orgId,
            @BeanParam RiskListQuery query,
            @BeanParam ExportFormat format,
            @Context HttpHeaders headers) {
        RiskFilter filter = query.filter();
        boolean json = format.json();
        LocalDate today = today();
        List<Risk> all =
                Spreadsheets.all(page -> register.risks(callers.current(), organisationId(orgId), filter, page));
        if (json) {
            return Response.ok(all.stream().map(risk -> View.from(risk, today)).toList(), MediaType.APPLICATION_JSON)
                    .build();
        }
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        return Response.ok(RiskSpreadsheet.write(all, today, locale), Spreadsheets.CSV)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + (Spreadsheets.french(locale) ? "registre-risques" : "risk-register")
                                + ".csv\"")
                .build();
    }

    @GET
    @Path("/heatmap")
    @Operation(
            operationId = "getRiskHeatmap",
            summary = "The 5 × 5 heatmap of open risks, inherent and residual",
            description =
                    "Role: any active member. Risks not CLOSED; 25 cells per grid with the count and the risk ids.")
    @APIResponse(
            responseCode = "200",
            description = "The two grids",
            content = @Content(schema = @Schema(implementation = Heatmap.class)))
    public Heatmap heatmap(@PathParam("orgId") String orgId) {
        return Heatmap.from(register.heatmap(callers.current(), organisationId(orgId)));
    }

    @GET
    @Path("/{riskId}")
    @Operation(
            operationId = "getRisk",
            summary = "Read a risk with its actions",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The risk, with its ETag",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("riskId") String riskId, @Context Request request) {
        Risk risk = register.risk(callers.current(), organisationId(orgId), riskId(riskId));
        return Versions.read(request, risk.version(), View.from(risk, today()));
    }

    @PATCH
    @Path("/{riskId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateRisk",
            summary = "Change a risk (JSON merge patch)",
            description =
                    "Role: ADMIN, COMMITTEE, DATA_REFERENT or the risk's owner. If-Match required. The status moves through "
                            + "start-treatment, monitor, close and reopen; the treatment becomes ACCEPT only through accept.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(
            responseCode = "409",
            description = "Closed risk, residual rating without an action, ACCEPT set here, "
                    + "or an accepted risk rated HIGH or CRITICAL (committee-decision-required)")
    public Response update(
            @PathParam("orgId") String orgId,
            @PathParam("riskId") String riskId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = Details.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        RiskId id = riskId(riskId);
        long expected = Versions.expected(ifMatch);
        Risk current = register.risk(callers.current(), organisation, id);
        Details changed = mergePatch.apply(Details.from(current.details()), patch, Details.class);
        Risk updated = register.update(callers.current(), organisation, id, expected, changed.toDomain());
        return Versions.changed(updated.version(), View.from(updated, today()));
    }

    @DELETE
    @Path("/{riskId}")
    @Operation(
            operationId = "removeRisk",
            summary = "Delete a risk raised by mistake",
            description = "Role: ADMIN, COMMITTEE or DATA_REFERENT. If-Match required. Prefer close for a real risk.")
    @APIResponse(responseCode = "204", description = "Deleted, with its actions")
    public void remove(
            @PathParam("orgId") String orgId,
            @PathParam("riskId") String riskId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        register.remove(callers.current(), organisationId(orgId), riskId(riskId), expected);
    }

    @POST
    @Path("/{riskId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "acceptRisk",
            summary = "Accept a LOW or MEDIUM risk, with a rationale",
            description =
                    "Role: ADMIN or COMMITTEE. If-Match required. Treatment → ACCEPT, status → MONITORED. The level that "
                            + "counts is the residual one once assessed, the inherent one otherwise. A HIGH or CRITICAL risk needs a "
                            + "committee decision: refused here with 409 committee-decision-required; record a RISK_ACCEPTANCE decision "
                            + "(POST …/meetings/{meetingId}/decisions) instead.")
    @APIResponse(
            responseCode = "200",
            description = "Accepted",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(
            responseCode = "409",
            description = "HIGH or CRITICAL (committee-decision-required), already accepted, or closed")
    public Response accept(
            @PathParam("orgId") String orgId,
            @PathParam("riskId") String riskId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid AcceptanceRequest acceptance) {
        long expected = Versions.expected(ifMatch);
        Risk accepted = register.accept(
                callers.current(), organisationId(orgId), riskId(riskId), expected, acceptance.rationale());
        return Versions.changed(accepted.version(), View.from(accepted, today()));
    }

    @POST
    @Path("/{riskId}/start-treatment")
    @Operation(
            operationId = "startRiskTreatment",
            summary = "Start treating a risk",
            description =
                    "Role: ADMIN, COMMITTEE, DATA_REFERENT or the risk's owner. If-Match required. OPEN or MONITORED → "
                            + "TREATING; a treatment must be chosen.")
    @APIResponse(
            responseCode = "200",
            description = "Treating",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Transition refused or no treatment chosen")
    public Response startTreatment(
            @PathParam("orgId") String orgId,
            @PathParam("riskId") String riskId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return move(orgId, riskId, ifMatch, RiskStatus.TREATING);
    }

    @POST
    @Path("/{riskId}/monitor")
    @Operation(
            operationId = "monitorRisk",
            summary = "Put a treated risk under monitoring",
            description =
                    "Role: ADMIN, COMMITTEE, DATA_REFERENT or the risk's owner. If-Match required. OPEN or TREATING → "
                            + "MONITORED; a treatment must be chosen.")
    @APIResponse(
            responseCode = "200",
            description = "Monitored",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Transition refused or no treatment chosen")
    public Response monitor(
            @PathParam("orgId") String orgId,
            @PathParam("riskId") String riskId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return move(orgId, riskId, ifMatch, RiskStatus.MONITORED);
    }

    @POST
    @Path("/{riskId}/close")
    @Operation(
            operationId = "closeRisk",
            summary = "Close a risk that is no longer relevant",
            description =
                    "Role: ADMIN, COMMITTEE, DATA_REFERENT or the risk's owner. If-Match required. Any status → CLOSED; the "
                            + "risk is then kept as it is until reopened.")
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Already closed")
    public Response close(
            @PathParam("orgId") String orgId,
            @PathParam("riskId") String riskId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return move(orgId, riskId, ifMatch, RiskStatus.CLOSED);
    }

    @POST
    @Path("/{riskId}/reopen")
    @Operation(
            operationId = "reopenRisk",
            summary = "Reopen a closed risk",
            description =
                    "Role: ADMIN, COMMITTEE, DATA_REFERENT or the risk's owner. If-Match required. CLOSED → OPEN.")
    @APIResponse(
            responseCode = "200",
            description = "Open again",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "The risk is not closed")
    public Response reopen(
            @PathParam("orgId") String orgId,
            @PathParam("riskId") String riskId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return move(orgId, riskId, ifMatch, RiskStatus.OPEN);
    }

    @GET
    @Path("/{riskId}/actions")
    @Operation(
            operationId = "listRiskActions",
            summary = "List the mitigation actions of a risk",
            description = "Role: any active member. At most 50 actions per risk: always one page, oldest first.")
    @APIResponse(responseCode = "200", description = "The actions")
    public Listing<ActionView> actions(@PathParam("orgId") String orgId, @PathParam("riskId") String riskId) {
        Risk risk = register.risk(callers.current(), organisationId(orgId), riskId(riskId));
        LocalDate today = today();
        return new Listing<>(
                risk.actions().stream().map(a -> ActionView.from(a, today)).toList(), null);
    }

    @POST
    @Path("/{riskId}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addRiskAction",
            summary = "Add a mitigation action",
            description =
                    "Role: ADMIN, COMMITTEE, DATA_REFERENT or the risk's owner. No If-Match: adding overwrites nothing, but "
                            + "the risk's version (the ETag) moves. The owner must be a member of this organisation.")
    @APIResponse(
            responseCode = "201",
            description = "Added; ETag is the risk's new version",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "409", description = "Closed risk, 50 actions already, or owner removed")
    public Response addAction(
            @PathParam("orgId") String orgId,
            @PathParam("riskId") String riskId,
            @NotNull @Valid ActionInput input,
            @Context UriInfo uri) {
        Actioned added = register.addAction(callers.current(), organisationId(orgId), riskId(riskId), input.toDomain());
        return Versions.created(
                uri, added.action().id(), added.risk().version(), ActionView.from(added.action(), today()));
    }

    @GET
    @Path("/{riskId}/actions/{actionId}")
    @Operation(
            operationId = "getRiskAction",
            summary = "Read a mitigation action",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The action; the ETag is its risk's version",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response action(
            @PathParam("orgId") String orgId,
            @PathParam("riskId") String riskId,
            @PathParam("actionId") String actionId,
            @Context Request request) {
        Actioned found = register.action(callers.current(), organisationId(orgId), riskId(riskId), actionId(actionId));
        return Versions.read(request, found.risk().version(), ActionView.from(found.action(), today()));
    }

    @PATCH
    @Path("/{riskId}/actions/{actionId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateRiskAction",
            summary = "Change a mitigation action (JSON merge patch)",
            description =
                    "Role: ADMIN, COMMITTEE, DATA_REFERENT, the risk's owner or the action's owner. If-Match (the risk's "
                            + "ETag) required.")
    @APIResponse(
            responseCode = "200",
            description = "Changed; ETag is the risk's new version",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Closed risk, the last live action cancelled while a residual rating is set, " + "or owner removed")
    public Response updateAction(
            @PathParam("orgId") String orgId,
            @PathParam("riskId") String riskId,
            @PathParam("actionId") String actionId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = ActionInput.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        RiskId risk = riskId(riskId);
        ActionId id = actionId(actionId);
        long expected = Versions.expected(ifMatch);
        Actioned current = register.action(callers.current(), organisation, risk, id);
        ActionInput changed = mergePatch.apply(ActionInput.from(current.action().details()), patch, ActionInput.class);
        Actioned updated =
                register.updateAction(callers.current(), organisation, risk, id, expected, changed.toDomain());
        return Versions.changed(updated.risk().version(), ActionView.from(updated.action(), today()));
    }

    @DELETE
    @Path("/{riskId}/actions/{actionId}")
    @Operation(
            operationId = "removeRiskAction",
            summary = "Delete a mitigation action",
            description =
                    "Role: ADMIN, COMMITTEE, DATA_REFERENT or the risk's owner. If-Match (the risk's ETag) required. "
                            + "Prefer status CANCELLED to keep the history.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Closed risk, or the last live action while a residual rating is set")
    public void removeAction(
            @PathParam("orgId") String orgId,
            @PathParam("riskId") String riskId,
            @PathParam("actionId") String actionId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        register.removeAction(callers.current(), organisationId(orgId), riskId(riskId), actionId(actionId), expected);
    }

    private Response move(String orgId, String riskId, String ifMatch, RiskStatus target) {
        long expected = Versions.expected(ifMatch);
        Risk moved = register.changeStatus(callers.current(), organisationId(orgId), riskId(riskId), expected, target);
        return Versions.changed(moved.version(), View.from(moved, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static RiskId riskId(String value) {
        return new RiskId(Params.id(value, "risk"));
    }

    private static ActionId actionId(String value) {
        return new ActionId(Params.id(value, "action"));
    }
}
