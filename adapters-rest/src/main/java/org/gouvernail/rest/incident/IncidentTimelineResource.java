package org.gouvernail.rest.incident;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentNote;
import org.gouvernail.domain.incident.TimelineEntry;
import org.gouvernail.domain.incident.TimelineKind;
import org.gouvernail.domain.incident.port.in.IncidentTimelines;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Params;

/** REST resource: an incident's timeline, built from what is recorded, and the observations handlers add. */
@Path("/api/v1/organisations/{orgId}/incidents/{incidentId}/timeline")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Incident log with computed severity and legal duties (journal des incidents)")
public class IncidentTimelineResource {

    private final IncidentTimelines timelines;
    private final CallerFactory callers;

    public IncidentTimelineResource(IncidentTimelines timelines, CallerFactory callers) {
        this.timelines = timelines;
        this.callers = callers;
    }

    @Schema(name = "IncidentObservation")
    record Observation(
            @NotBlank @Size(max = 2000) @Schema(examples = "L'éditeur confirme la suppression sous 30 jours")
            String text) {}

    @Schema(name = "IncidentTimelineEntry")
    record EntryView(
            Instant at,
            TimelineKind kind,

            @Schema(nullable = true, description = "The member who did it; null for the facts (occurred, detected)")
            UUID by,

            @Schema(
                    nullable = true,
                    maxLength = 40,
                    description = "The status reached, the severity in force, the duty, the step, the action's id")
            String code,

            @Schema(nullable = true, maxLength = 2000) String text) {

        static EntryView from(TimelineEntry entry) {
            return new EntryView(
                    entry.at(),
                    entry.kind(),
                    entry.by() == null ? null : entry.by().value(),
                    entry.code(),
                    entry.text());
        }

        static EntryView from(IncidentNote note) {
            return new EntryView(note.at(), note.kind(), note.by().value(), note.code(), note.text());
        }
    }

    @Schema(name = "IncidentTimeline", description = "The incident's timeline, oldest first")
    record TimelineView(@Schema(maxItems = 1000) List<EntryView> entries) {}

    @GET
    @Operation(
            operationId = "getIncidentTimeline",
            summary = "The incident's timeline, in time order",
            description = "Role: any active member. Built from what is recorded: occurrence and detection (the facts), "
                    + "the report, status changes, severity overrides, duties settled, containment steps ticked, "
                    + "actions planned and settled, observations. Lines at the same instant follow the order of kind.")
    @APIResponse(
            responseCode = "200",
            description = "The timeline",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    public TimelineView timeline(@PathParam("orgId") String orgId, @PathParam("incidentId") String incidentId) {
        return new TimelineView(
                timelines.timeline(callers.current(), organisationId(orgId), incidentId(incidentId)).stream()
                        .map(EntryView::from)
                        .toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addIncidentObservation",
            summary = "Add an observation to the timeline",
            description = "Role: ADMIN, COMMITTEE or DATA_REFERENT. Append-only: an observation is never changed. "
                    + "At most 500 notes per incident (409 incident-note-limit).")
    @APIResponse(
            responseCode = "201",
            description = "Added: the timeline line",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "409", description = "incident-note-limit")
    public Response observe(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @NotNull @Valid Observation observation) {
        IncidentNote note =
                timelines.observe(callers.current(), organisationId(orgId), incidentId(incidentId), observation.text());
        return Response.status(Response.Status.CREATED)
                .entity(EntryView.from(note))
                .build();
    }

    private static IncidentId incidentId(String value) {
        return new IncidentId(Params.id(value, "incident"));
    }
}
