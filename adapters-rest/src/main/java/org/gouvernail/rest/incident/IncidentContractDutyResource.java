package org.gouvernail.rest.incident;

import static org.gouvernail.rest.shared.Params.organisationId;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.incident.ContractDuty;
import org.gouvernail.domain.incident.ContractDutyRule;
import org.gouvernail.domain.incident.ContractDutyRuleId;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.port.in.IncidentContractDuties;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.incident.ContractDutyJson.DutyList;
import org.gouvernail.rest.incident.ContractDutyJson.DutyView;
import org.gouvernail.rest.incident.ContractDutyJson.RuleList;
import org.gouvernail.rest.incident.ContractDutyJson.RuleView;
import org.gouvernail.rest.incident.ContractDutyJson.TermsBody;
import org.gouvernail.rest.incident.IncidentJson.Completion;
import org.gouvernail.rest.incident.IncidentJson.Waiver;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: the contractual notification duties to funders and insurers: the organisation's
 * rules (configured by ADMIN) and, per incident, the duties they start, settled by the handlers.
 */
@Path("/api/v1/organisations/{orgId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Incident log with computed severity and legal duties (journal des incidents)")
public class IncidentContractDutyResource {

    private static final String IF_MATCH = "ETag of the rule being changed";
    private static final String ADMIN = "Role: ADMIN. ";
    private static final String HANDLERS =
            "Role: ADMIN, COMMITTEE or DATA_REFERENT. A duty is settled once (409 duty-settled), so no If-Match. ";

    private final IncidentContractDuties duties;
    private final CallerFactory callers;
    private final MergePatch mergePatch;
    private final Clock clock;

    public IncidentContractDutyResource(
            IncidentContractDuties duties, CallerFactory callers, MergePatch mergePatch, Clock clock) {
        this.duties = duties;
        this.callers = callers;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @GET
    @Path("/incident-contract-duties")
    @Operation(
            operationId = "listIncidentContractDuties",
            summary = "The contractual notification duties to funders and insurers",
            description = "Role: any active member. Counterparty order; at most 50.")
    @APIResponse(
            responseCode = "200",
            description = "The rules",
            content = @Content(schema = @Schema(implementation = RuleList.class)))
    public RuleList list(@PathParam("orgId") String orgId) {
        return new RuleList(duties.rules(callers.current(), organisationId(orgId)).stream()
                .map(RuleView::from)
                .toList());
    }

    @POST
    @Path("/incident-contract-duties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "configureIncidentContractDuty",
            summary = "Configure a contractual notification duty",
            description = ADMIN + "From now on, every INCIDENT reported with at least minimumSeverity (and personal "
                    + "data, if personalDataOnly) gets a duty CONTRACT due notifyWithinHours after its detectedAt. "
                    + "Incidents reported before are not reached. At most 50 per organisation.")
    @APIResponse(
            responseCode = "201",
            description = "Configured",
            content = @Content(schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "409", description = "incident-contract-duty-limit")
    public Response create(@PathParam("orgId") String orgId, @NotNull @Valid TermsBody body, @Context UriInfo uri) {
        ContractDutyRule rule = duties.configure(callers.current(), organisationId(orgId), body.toDomain());
        return Versions.created(uri, rule.id(), rule.version(), RuleView.from(rule));
    }

    @GET
    @Path("/incident-contract-duties/{ruleId}")
    @Operation(
            operationId = "getIncidentContractDuty",
            summary = "Read a rule",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The rule, with its ETag",
            content = @Content(schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("ruleId") String ruleId, @Context Request request) {
        ContractDutyRule rule = duties.rule(callers.current(), organisationId(orgId), ruleId(ruleId));
        return Versions.read(request, rule.version(), RuleView.from(rule));
    }

    @PATCH
    @Path("/incident-contract-duties/{ruleId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateIncidentContractDuty",
            summary = "Change a rule (JSON merge patch)",
            description =
                    ADMIN + "If-Match required. Pending duties follow the new terms; settled ones stay as they were.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = RuleView.class)))
    public Response update(
            @PathParam("orgId") String orgId,
            @PathParam("ruleId") String ruleId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = TermsBody.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        ContractDutyRuleId id = ruleId(ruleId);
        long expected = Versions.expected(ifMatch);
        ContractDutyRule current = duties.rule(callers.current(), organisation, id);
        TermsBody changed = mergePatch.apply(TermsBody.from(current), patch, TermsBody.class);
        ContractDutyRule updated = duties.change(callers.current(), organisation, id, expected, changed.toDomain());
        return Versions.changed(updated.version(), RuleView.from(updated));
    }

    @DELETE
    @Path("/incident-contract-duties/{ruleId}")
    @Operation(
            operationId = "removeIncidentContractDuty",
            summary = "Delete a rule",
            description = ADMIN + "If-Match required. The duties it started and that were settled stay in the "
                    + "incidents' history; pending ones disappear.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void remove(
            @PathParam("orgId") String orgId,
            @PathParam("ruleId") String ruleId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        duties.remove(callers.current(), organisationId(orgId), ruleId(ruleId), expected);
    }

    @GET
    @Path("/incidents/{incidentId}/contract-duties")
    @Operation(
            operationId = "listContractDutiesOfIncident",
            summary = "The incident's contractual duties (code CONTRACT), with due time, reason and lateness",
            description = "Role: any active member. Settled ones as recorded, pending ones computed from the rules.")
    @APIResponse(
            responseCode = "200",
            description = "The duties",
            content = @Content(schema = @Schema(implementation = DutyList.class)))
    public DutyList incidentDuties(@PathParam("orgId") String orgId, @PathParam("incidentId") String incidentId) {
        Instant now = clock.instant();
        return new DutyList(duties.duties(callers.current(), organisationId(orgId), incidentId(incidentId)).stream()
                .map(duty -> DutyView.from(duty, now))
                .toList());
    }

    @POST
    @Path("/incidents/{incidentId}/contract-duties/{ruleId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "completeIncidentContractDuty",
            summary = "Record a contractual duty as done (when, by whom, reference)",
            description = HANDLERS)
    @APIResponse(
            responseCode = "200",
            description = "Done",
            content = @Content(schema = @Schema(implementation = DutyView.class)))
    @APIResponse(responseCode = "409", description = "Already settled")
    public DutyView done(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @PathParam("ruleId") String ruleId,
            @NotNull @Valid Completion completion) {
        ContractDuty done = duties.complete(
                callers.current(),
                organisationId(orgId),
                incidentId(incidentId),
                ruleId(ruleId),
                completion.reference());
        return DutyView.from(done, clock.instant());
    }

    @POST
    @Path("/incidents/{incidentId}/contract-duties/{ruleId}/not-required")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "waiveIncidentContractDuty",
            summary = "Record a contractual duty as not required, with the written reason",
            description = HANDLERS)
    @APIResponse(
            responseCode = "200",
            description = "Not required",
            content = @Content(schema = @Schema(implementation = DutyView.class)))
    @APIResponse(responseCode = "409", description = "Already settled")
    public DutyView notRequired(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @PathParam("ruleId") String ruleId,
            @NotNull @Valid Waiver waiver) {
        ContractDuty waived = duties.waive(
                callers.current(), organisationId(orgId), incidentId(incidentId), ruleId(ruleId), waiver.reason());
        return DutyView.from(waived, clock.instant());
    }

    private static IncidentId incidentId(String value) {
        return new IncidentId(Params.id(value, "incident"));
    }

    private static ContractDutyRuleId ruleId(String value) {
        return new ContractDutyRuleId(Params.id(value, "incident-contract-duty"));
    }
}
