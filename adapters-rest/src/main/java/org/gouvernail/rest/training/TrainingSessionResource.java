package org.gouvernail.rest.training;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.AttendanceStatus;
import org.gouvernail.domain.training.RecordView;
import org.gouvernail.domain.training.TrainingSession;
import org.gouvernail.domain.training.TrainingSessionId;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.domain.training.port.in.TrainingProgramme.Closed;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;
import org.gouvernail.rest.training.TrainingJson.ClosedView;
import org.gouvernail.rest.training.TrainingJson.ImportReport;
import org.gouvernail.rest.training.TrainingJson.Mark;
import org.gouvernail.rest.training.TrainingJson.Marks;
import org.gouvernail.rest.training.TrainingJson.RecordJson;
import org.gouvernail.rest.training.TrainingJson.SessionInput;
import org.gouvernail.rest.training.TrainingJson.SessionView;

/**
 * REST resource: the training sessions of an organisation and their attendance, by hand or from a
 * paper sheet. Closing a session freezes its attendance and writes its records in one transaction.
 */
@Path("/api/v1/organisations/{orgId}/training-sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingSessionResource {

    private static final String IF_MATCH = "ETag of the session being changed";
    private static final String COORDINATORS = "Role: ADMIN, COMMITTEE or DATA_REFERENT. If-Match required. ";

    private final TrainingProgramme programme;
    private final CallerFactory callers;
    private final MergePatch mergePatch;
    private final Clock clock;

    public TrainingSessionResource(
            TrainingProgramme programme, CallerFactory callers, MergePatch mergePatch, Clock clock) {
        this.programme = programme;
        this.callers = callers;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "listTrainingSessions",
            summary = "List the training sessions",
            description = "Role: any active member. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    public Listing<SessionView> list(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        return Pages.listing(
                programme.sessions(callers.current(), organisationId(orgId), paging.request()), SessionView::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "planTrainingSession",
            summary = "Plan a training session",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT. The session starts PLANNED; its modules must be ACTIVE "
                            + "modules of this organisation (404 otherwise, 409 module-not-active).")
    @APIResponse(
            responseCode = "201",
            description = "Planned",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response plan(@PathParam("orgId") String orgId, @NotNull @Valid SessionInput input, @Context UriInfo uri) {
        TrainingSession session = programme.planSession(callers.current(), organisationId(orgId), input.toDomain());
        return Versions.created(uri, session.id(), session.version(), SessionView.from(session));
    }

    @GET
    @Path("/{sessionId}")
    @Operation(
            operationId = "getTrainingSession",
            summary = "Read a training session with its attendance",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The session, with its ETag",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("sessionId") String sessionId, @Context Request request) {
        TrainingSession session = programme.session(callers.current(), organisationId(orgId), sessionId(sessionId));
        return Versions.read(request, session.version(), SessionView.from(session));
    }

    @PATCH
    @Path("/{sessionId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateTrainingSession",
            summary = "Change a session (JSON merge patch)",
            description = COORDINATORS + "While PLANNED or HELD (409 session-frozen otherwise).")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response update(
            @PathParam("orgId") String orgId,
            @PathParam("sessionId") String sessionId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = SessionInput.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        TrainingSessionId id = sessionId(sessionId);
        long expected = Versions.expected(ifMatch);
        TrainingSession current = programme.session(callers.current(), organisation, id);
        SessionInput changed = mergePatch.apply(SessionInput.from(current.details()), patch, SessionInput.class);
        TrainingSession updated =
                programme.updateSession(callers.current(), organisation, id, expected, changed.toDomain());
        return Versions.changed(updated.version(), SessionView.from(updated));
    }

    @POST
    @Path("/{sessionId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordTrainingAttendance",
            summary = "Mark attendance",
            description = COORDINATORS
                    + "PRESENT, ABSENT or EXCUSED per member, with or without an account (a volunteer listed without "
                    + "e-mail); people not listed keep their mark. Members of this organisation only (404).")
    @APIResponse(
            responseCode = "200",
            description = "The session with its attendance",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "409", description = "Session closed or cancelled, or more present than its capacity")
    public Response attendance(
            @PathParam("orgId") String orgId,
            @PathParam("sessionId") String sessionId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid Marks marks) {
        long expected = Versions.expected(ifMatch);
        Map<MemberId, AttendanceStatus> byMember = new HashMap<>();
        for (Mark mark : marks.marks()) {
            byMember.put(new MemberId(mark.memberId()), mark.status());
        }
        TrainingSession session = programme.recordAttendance(
                callers.current(), organisationId(orgId), sessionId(sessionId), expected, byMember);
        return Versions.changed(session.version(), SessionView.from(session));
    }

    @POST
    @Path("/{sessionId}/attendance/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            operationId = "importTrainingAttendance",
            summary = "Mark attendance from a paper sheet (CSV)",
            description = COORDINATORS
                    + "UTF-8, comma or semicolon; columns e-mail (email, courriel) and/or name (nom, naam) and attendance "
                    + "(présence, attendance, aanwezigheid) with values such as présent/present/x, absent, excusé/excused. A line is "
                    + "matched by e-mail, else by the member's display name (case and accents ignored); lines matching nobody, or "
                    + "several members, are reported and left out. At most 1000 lines.")
    @APIResponse(
            responseCode = "200",
            description = "The session and the lines left out",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public Response importAttendance(
            @PathParam("orgId") String orgId,
            @PathParam("sessionId") String sessionId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(maxLength = 1048576) String csv) {
        long expected = Versions.expected(ifMatch);
        var result = programme.importAttendance(
                callers.current(), organisationId(orgId), sessionId(sessionId), expected, AttendanceSheet.read(csv));
        return Versions.changed(result.session().version(), ImportReport.from(result));
    }

    @POST
    @Path("/{sessionId}/hold")
    @Operation(
            operationId = "holdTrainingSession",
            summary = "Record that a session took place",
            description = COORDINATORS + "PLANNED → HELD, on or after its day.")
    @APIResponse(
            responseCode = "200",
            description = "Held",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "409", description = "Not planned, or its day has not come")
    public Response hold(
            @PathParam("orgId") String orgId,
            @PathParam("sessionId") String sessionId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        TrainingSession session =
                programme.markHeld(callers.current(), organisationId(orgId), sessionId(sessionId), expected);
        return Versions.changed(session.version(), SessionView.from(session));
    }

    @POST
    @Path("/{sessionId}/close")
    @Operation(
            operationId = "closeTrainingSession",
            summary = "Close a held session: freeze the attendance and write the records",
            description = COORDINATORS
                    + "HELD → CLOSED. In the same transaction, one record per person PRESENT and module of the session "
                    + "(method SESSION, evidence ATTENDANCE_SHEET, completed on the session's day, the module's current revision). "
                    + "A session is closed once: closing it again answers 409 session-closed.")
    @APIResponse(
            responseCode = "200",
            description = "Closed, with the records written",
            content = @Content(schema = @Schema(implementation = ClosedView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already closed (session-closed), not held, or a module retired since")
    public Response close(
            @PathParam("orgId") String orgId,
            @PathParam("sessionId") String sessionId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        Closed closed =
                programme.closeSession(callers.current(), organisationId(orgId), sessionId(sessionId), expected);
        LocalDate today = LocalDate.now(clock);
        return Versions.changed(
                closed.session().version(),
                new ClosedView(
                        SessionView.from(closed.session()),
                        closed.records().stream()
                                .map(record -> RecordJson.from(new RecordView(record, record.statusOn(today, false))))
                                .toList()));
    }

    @POST
    @Path("/{sessionId}/cancel")
    @Operation(
            operationId = "cancelTrainingSession",
            summary = "Cancel a session",
            description = COORDINATORS + "PLANNED or HELD → CANCELLED; no record is written.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "409", description = "Closed or already cancelled")
    public Response cancel(
            @PathParam("orgId") String orgId,
            @PathParam("sessionId") String sessionId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        TrainingSession session =
                programme.cancelSession(callers.current(), organisationId(orgId), sessionId(sessionId), expected);
        return Versions.changed(session.version(), SessionView.from(session));
    }

    private static TrainingSessionId sessionId(String value) {
        return new TrainingSessionId(Params.id(value, "training-session"));
    }
}
