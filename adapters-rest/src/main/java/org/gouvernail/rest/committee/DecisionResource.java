package org.gouvernail.rest.committee;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.rest.committee.CommitteeJson.DecisionInput;
import org.gouvernail.rest.committee.CommitteeJson.DecisionJson;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;

/** REST resource: the committee's decisions, immutable; decisions by written procedure are recorded here. */
@Path("/api/v1/organisations/{orgId}/decisions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Committee",
        description =
                "AI governance committee: charter, members, meetings, approval requests, decisions (comité de gouvernance IA)")
public class DecisionResource {

    private final CommitteeGovernance governance;
    private final CallerFactory callers;

    public DecisionResource(CommitteeGovernance governance, CallerFactory callers) {
        this.governance = governance;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "listDecisions",
            summary = "List the committee's decisions",
            description = "Role: any active member. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of decisions")
    public Listing<DecisionJson> list(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        return Pages.listing(
                governance.decisions(callers.current(), organisationId(orgId), null, paging.request()),
                DecisionJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordWrittenDecision",
            summary = "Record a decision by written procedure and apply its effect",
            description =
                    "Role: ADMIN or COMMITTEE. Only when the charter allows written procedure, and every voting member votes. "
                            + "Same effects and rules as a decision in a meeting.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = DecisionJson.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Written procedure not allowed or incomplete, committee not constituted, or the effect refused")
    public Response decide(
            @PathParam("orgId") String orgId, @NotNull @Valid DecisionInput input, @Context UriInfo uri) {
        Decision decision = governance.decide(callers.current(), organisationId(orgId), null, input.toDomain());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(decision.id().toString())
                        .build())
                .entity(DecisionJson.from(decision))
                .build();
    }

    @GET
    @Path("/{decisionId}")
    @Operation(operationId = "getDecision", summary = "Read a decision", description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The decision",
            content = @Content(schema = @Schema(implementation = DecisionJson.class)))
    public DecisionJson get(@PathParam("orgId") String orgId, @PathParam("decisionId") String decisionId) {
        return DecisionJson.from(governance.decision(
                callers.current(), organisationId(orgId), new DecisionId(Params.id(decisionId, "decision"))));
    }
}
