package org.gouvernail.rest.committee;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestStatus;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.rest.committee.CommitteeJson.RequestInput;
import org.gouvernail.rest.committee.CommitteeJson.RequestJson;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;

/** REST resource: approval requests (demandes d'approbation) queued for the committee. */
@Path("/api/v1/organisations/{orgId}/approval-requests")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Committee",
        description =
                "AI governance committee: charter, members, meetings, approval requests, decisions (comité de gouvernance IA)")
public class ApprovalRequestResource {

    private final CommitteeGovernance governance;
    private final CallerFactory callers;

    public ApprovalRequestResource(CommitteeGovernance governance, CallerFactory callers) {
        this.governance = governance;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "listApprovalRequests",
            summary = "List approval requests (the committee's queue with status=PENDING)",
            description = "Role: any active member. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of requests")
    public Listing<RequestJson> list(
            @PathParam("orgId") String orgId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RequestStatus.class)) String status,
            @BeanParam PageQuery paging) {
        RequestStatus wanted =
                Params.option("status", status, RequestStatus.class).orElse(null);
        return Pages.listing(
                governance.requests(callers.current(), organisationId(orgId), wanted, paging.request()),
                RequestJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "requestApproval",
            summary = "Ask the committee to approve a tool or a use",
            description =
                    "Role: CONTRIBUTOR, DATA_REFERENT, COMMITTEE or ADMIN. The request starts PENDING, shows in the committee's "
                            + "proposed agenda, and becomes DECIDED with the outcome when a decision settles it.")
    @APIResponse(
            responseCode = "201",
            description = "Submitted",
            content = @Content(schema = @Schema(implementation = RequestJson.class)))
    @APIResponse(responseCode = "404", description = "subjectId names no tool or use case of this organisation")
    public Response submit(@PathParam("orgId") String orgId, @NotNull @Valid RequestInput input, @Context UriInfo uri) {
        ApprovalRequest request = governance.request(
                callers.current(),
                organisationId(orgId),
                input.kind(),
                input.subjectId(),
                input.title(),
                input.description());
        return Versions.created(uri, request.id(), request.version(), RequestJson.from(request));
    }

    @GET
    @Path("/{requestId}")
    @Operation(
            operationId = "getApprovalRequest",
            summary = "Read an approval request and its outcome",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The request, with its ETag",
            content = @Content(schema = @Schema(implementation = RequestJson.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("requestId") String requestId, @Context Request request) {
        ApprovalRequest found =
                governance.approvalRequest(callers.current(), organisationId(orgId), requestId(requestId));
        return Versions.read(request, found.version(), RequestJson.from(found));
    }

    @POST
    @Path("/{requestId}/withdraw")
    @Operation(
            operationId = "withdrawApprovalRequest",
            summary = "Withdraw one's own pending request",
            description = "Role: the requester. If-Match required. PENDING → WITHDRAWN.")
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = RequestJson.class)))
    @APIResponse(responseCode = "409", description = "The request is no longer pending")
    public Response withdraw(
            @PathParam("orgId") String orgId,
            @PathParam("requestId") String requestId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the request", required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        ApprovalRequest withdrawn =
                governance.withdraw(callers.current(), organisationId(orgId), requestId(requestId), expected);
        return Versions.changed(withdrawn.version(), RequestJson.from(withdrawn));
    }

    private static RequestId requestId(String value) {
        return new RequestId(Params.id(value, "approval-request"));
    }
}
