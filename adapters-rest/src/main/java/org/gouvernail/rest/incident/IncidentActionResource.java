package org.gouvernail.rest.incident;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.incident.IncidentAction;
import org.gouvernail.domain.incident.IncidentActionId;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.port.in.IncidentActionPlan;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.rest.incident.IncidentActionJson.Cancellation;
import org.gouvernail.rest.incident.IncidentActionJson.Done;
import org.gouvernail.rest.incident.IncidentActionJson.ListView;
import org.gouvernail.rest.incident.IncidentActionJson.Plan;
import org.gouvernail.rest.incident.IncidentActionJson.View;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: the actions of an incident's response, each with its owner and due date; an open
 * action is on its owner's to-do list from its due date.
 */
@Path("/api/v1/organisations/{orgId}/incidents/{incidentId}/actions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Incident log with computed severity and legal duties (journal des incidents)")
public class IncidentActionResource {

    private static final String IF_MATCH = "ETag of the action being changed";

    private final IncidentActionPlan plan;
    private final CallerFactory callers;
    private final Clock clock;

    public IncidentActionResource(IncidentActionPlan plan, CallerFactory callers, Clock clock) {
        this.plan = plan;
        this.callers = callers;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "listIncidentActions",
            summary = "The actions of the incident's response",
            description = "Role: any active member. Due date order; at most 100.")
    @APIResponse(
            responseCode = "200",
            description = "The actions",
            content = @Content(schema = @Schema(implementation = ListView.class)))
    public ListView list(@PathParam("orgId") String orgId, @PathParam("incidentId") String incidentId) {
        LocalDate today = LocalDate.now(clock);
        return new ListView(plan.actions(callers.current(), organisationId(orgId), incidentId(incidentId)).stream()
                .map(action -> View.from(action, today))
                .toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "planIncidentAction",
            summary = "Plan an action, with its owner and due date",
            description = "Role: ADMIN, COMMITTEE or DATA_REFERENT. The owner must be an active member of the "
                    + "organisation (404 otherwise); the action is due to the owner (to-do list, reminders) from its "
                    + "due date until it is done or cancelled. At most 100 actions per incident.")
    @APIResponse(
            responseCode = "201",
            description = "Planned",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "incident-action-limit")
    public Response create(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @NotNull @Valid Plan body,
            @Context UriInfo uri) {
        IncidentAction action = plan.plan(
                callers.current(),
                organisationId(orgId),
                incidentId(incidentId),
                body.title(),
                new MemberId(body.ownerId()),
                body.dueOn());
        return Versions.created(uri, action.id(), action.version(), View.from(action, LocalDate.now(clock)));
    }

    @GET
    @Path("/{actionId}")
    @Operation(operationId = "getIncidentAction", summary = "Read an action", description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The action, with its ETag",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @PathParam("actionId") String actionId,
            @Context Request request) {
        IncidentAction action =
                plan.action(callers.current(), organisationId(orgId), incidentId(incidentId), actionId(actionId));
        LocalDate today = LocalDate.now(clock);
        // lateness changes with time alone: the ETag qualifier carries it, so that 304 never hides it
        return Versions.read(request, action.version(), action.lateOn(today) ? "late" : null, View.from(action, today));
    }

    @POST
    @Path("/{actionId}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "completeIncidentAction",
            summary = "OPEN → DONE, with an optional note",
            description = "Role: the action's owner, or ADMIN, COMMITTEE or DATA_REFERENT. If-Match required.")
    @APIResponse(
            responseCode = "200",
            description = "Done",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "incident-action-settled: already DONE or CANCELLED")
    public Response done(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @PathParam("actionId") String actionId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid Done body) {
        long expected = Versions.expected(ifMatch);
        IncidentAction done = plan.complete(
                callers.current(),
                organisationId(orgId),
                incidentId(incidentId),
                actionId(actionId),
                expected,
                body.note());
        return Versions.changed(done.version(), View.from(done, LocalDate.now(clock)));
    }

    @POST
    @Path("/{actionId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "cancelIncidentAction",
            summary = "OPEN → CANCELLED, with the reason",
            description = "Role: ADMIN, COMMITTEE or DATA_REFERENT. If-Match required.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "incident-action-settled: already DONE or CANCELLED")
    public Response cancel(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @PathParam("actionId") String actionId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid Cancellation body) {
        long expected = Versions.expected(ifMatch);
        IncidentAction cancelled = plan.cancel(
                callers.current(),
                organisationId(orgId),
                incidentId(incidentId),
                actionId(actionId),
                expected,
                body.reason());
        return Versions.changed(cancelled.version(), View.from(cancelled, LocalDate.now(clock)));
    }

    private static IncidentId incidentId(String value) {
        return new IncidentId(Params.id(value, "incident"));
    }

    private static IncidentActionId actionId(String value) {
        return new IncidentActionId(Params.id(value, "incident-action"));
    }
}
