package org.gouvernail.rest.committee;

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
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.MeetingView;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.committee.CommitteeJson.DecisionInput;
import org.gouvernail.rest.committee.CommitteeJson.DecisionJson;
import org.gouvernail.rest.committee.CommitteeJson.MeetingInput;
import org.gouvernail.rest.committee.CommitteeJson.MeetingJson;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;

/** REST resource: the committee's meetings, and the decisions taken in them. */
@Path("/api/v1/organisations/{orgId}/meetings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Committee",
        description =
                "AI governance committee: charter, members, meetings, approval requests, decisions (comité de gouvernance IA)")
public class MeetingResource {

    private final CommitteeGovernance governance;
    private final CallerFactory callers;
    private final MergePatch mergePatch;

    public MeetingResource(CommitteeGovernance governance, CallerFactory callers, MergePatch mergePatch) {
        this.governance = governance;
        this.callers = callers;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            operationId = "listMeetings",
            summary = "List the committee's meetings",
            description = "Role: any active member. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of meetings")
    public Listing<MeetingJson> list(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        return Pages.listing(
                governance.meetings(callers.current(), organisationId(orgId), paging.request()), MeetingJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "scheduleMeeting",
            summary = "Schedule (or record) a committee meeting",
            description =
                    "Role: ADMIN or COMMITTEE. Attendees are memberships of this organisation; agenda items may point to an "
                            + "approval request, a use case, a tool or a risk of this organisation (404 otherwise). The answer shows the "
                            + "quorum computed from attendance and the pending requests proposed for the agenda.")
    @APIResponse(
            responseCode = "201",
            description = "Scheduled",
            content = @Content(schema = @Schema(implementation = MeetingJson.class)))
    @APIResponse(responseCode = "409", description = "An attendee was removed from the organisation")
    public Response schedule(
            @PathParam("orgId") String orgId, @NotNull @Valid MeetingInput input, @Context UriInfo uri) {
        MeetingView view = governance.schedule(
                callers.current(),
                organisationId(orgId),
                input.date(),
                input.agendaItems(),
                input.attendeeIds(),
                input.minutes());
        return Versions.created(uri, view.meeting().id(), view.meeting().version(), MeetingJson.from(view));
    }

    @GET
    @Path("/{meetingId}")
    @Operation(
            operationId = "getMeeting",
            summary = "Read a meeting with its quorum and proposed agenda",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The meeting, with its ETag",
            content = @Content(schema = @Schema(implementation = MeetingJson.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("meetingId") String meetingId, @Context Request request) {
        MeetingView view = governance.meeting(callers.current(), organisationId(orgId), meetingId(meetingId));
        return Versions.read(request, view.meeting().version(), MeetingJson.from(view));
    }

    @PATCH
    @Path("/{meetingId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateMeeting",
            summary = "Change a meeting: date, agenda, attendees, minutes (JSON merge patch)",
            description = "Role: ADMIN or COMMITTEE. If-Match required. Arrays are replaced as a whole.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = MeetingJson.class)))
    @APIResponse(responseCode = "409", description = "An attendee was removed from the organisation")
    public Response update(
            @PathParam("orgId") String orgId,
            @PathParam("meetingId") String meetingId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the meeting", required = true) String ifMatch,
            @NotNull @Schema(implementation = MeetingInput.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        MeetingId id = meetingId(meetingId);
        long expected = Versions.expected(ifMatch);
        Meeting current =
                governance.meeting(callers.current(), organisation, id).meeting();
        MeetingInput changed = mergePatch.apply(MeetingInput.from(current), patch, MeetingInput.class);
        MeetingView view = governance.updateMeeting(
                callers.current(),
                organisation,
                id,
                expected,
                changed.date(),
                changed.agendaItems(),
                changed.attendeeIds(),
                changed.minutes());
        return Versions.changed(view.meeting().version(), MeetingJson.from(view));
    }

    @GET
    @Path("/{meetingId}/decisions")
    @Operation(
            operationId = "listMeetingDecisions",
            summary = "List the decisions taken in a meeting",
            description = "Role: any active member. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of decisions")
    public Listing<DecisionJson> decisions(
            @PathParam("orgId") String orgId, @PathParam("meetingId") String meetingId, @BeanParam PageQuery paging) {
        return Pages.listing(
                governance.decisions(callers.current(), organisationId(orgId), meetingId(meetingId), paging.request()),
                DecisionJson::from);
    }

    @POST
    @Path("/{meetingId}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordDecision",
            summary = "Record a decision taken in a meeting and apply its effect",
            description =
                    "Role: ADMIN or COMMITTEE. The committee must be constituted and the meeting quorate; votes cast never "
                            + "exceed the voting members present; an approval needs more votes for than against. In the same transaction "
                            + "the tool, use case, risk or approval request takes the decided status: if that is refused (e.g. approving a "
                            + "PROHIBITED use case) nothing is recorded.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = DecisionJson.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "Committee not constituted, no quorum, too many votes, approval not carried, or the "
                            + "effect refused (prohibited use case, use case not SUBMITTED, retired tool, request not pending, risk already accepted)")
    public Response decide(
            @PathParam("orgId") String orgId,
            @PathParam("meetingId") String meetingId,
            @NotNull @Valid DecisionInput input,
            @Context UriInfo uri) {
        Decision decision =
                governance.decide(callers.current(), organisationId(orgId), meetingId(meetingId), input.toDomain());
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/organisations")
                        .path(orgId)
                        .path("decisions")
                        .path(decision.id().toString())
                        .build())
                .entity(DecisionJson.from(decision))
                .build();
    }

    private static MeetingId meetingId(String value) {
        return new MeetingId(Params.id(value, "meeting"));
    }
}
