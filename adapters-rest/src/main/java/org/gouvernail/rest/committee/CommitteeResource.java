package org.gouvernail.rest.committee;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.CommitteeView;
import org.gouvernail.rest.committee.CommitteeJson.CommitteeJsonView;
import org.gouvernail.rest.committee.CommitteeJson.Configuration;
import org.gouvernail.rest.committee.CommitteeJson.MemberJson;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Versions;

/** REST resource: the organisation's AI governance committee, its charter and members. */
@Path("/api/v1/organisations/{orgId}/committee")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Committee",
        description =
                "AI governance committee: charter, members, meetings, approval requests, decisions (comité de gouvernance IA)")
public class CommitteeResource {

    private final CommitteeGovernance governance;
    private final CallerFactory callers;

    public CommitteeResource(CommitteeGovernance governance, CallerFactory callers) {
        this.governance = governance;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "getCommittee",
            summary = "Read the committee: charter, members, whether it is constituted, quorum, proposed agenda",
            description =
                    "Role: any active member. Before the first PUT: the standard charter (3 to 5 voting members, majority "
                            + "quorum), nobody seated, version 0.")
    @APIResponse(
            responseCode = "200",
            description = "The committee, with its ETag",
            content = @Content(schema = @Schema(implementation = CommitteeJsonView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("orgId") String orgId, @Context Request request) {
        CommitteeView view = governance.committee(callers.current(), organisationId(orgId));
        return Versions.read(request, view.committee().version(), CommitteeJsonView.from(view));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "configureCommittee",
            summary = "Replace the committee's charter and members",
            description =
                    "Role: ADMIN or COMMITTEE. If-Match required (\"0\" for the first configuration). Members are memberships "
                            + "of this organisation (404 otherwise). A voting member beyond the charter's maximum is refused (409 "
                            + "committee-full); below the minimum the committee is saved but reports constituted=false and cannot decide.")
    @APIResponse(
            responseCode = "200",
            description = "Configured",
            content = @Content(schema = @Schema(implementation = CommitteeJsonView.class)))
    @APIResponse(
            responseCode = "409",
            description = "More voting members than the charter allows (committee-full), or a removed member")
    public Response configure(
            @PathParam("orgId") String orgId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the committee", required = true) String ifMatch,
            @NotNull @Valid Configuration configuration) {
        long expected = Versions.expected(ifMatch);
        List<org.gouvernail.domain.committee.CommitteeMember> members =
                configuration.members().stream().map(MemberJson::toDomain).toList();
        CommitteeView view = governance.configure(
                callers.current(),
                organisationId(orgId),
                expected,
                configuration.charter().toDomain(),
                members);
        return Versions.changed(view.committee().version(), CommitteeJsonView.from(view));
    }
}
