package org.gouvernail.rest.incident;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.incident.DutyCode;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentStatus;
import org.gouvernail.domain.incident.port.in.IncidentLog;
import org.gouvernail.domain.incident.port.in.IncidentReporting;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.rest.incident.IncidentJson.Closing;
import org.gouvernail.rest.incident.IncidentJson.Completion;
import org.gouvernail.rest.incident.IncidentJson.Override;
import org.gouvernail.rest.incident.IncidentJson.Report;
import org.gouvernail.rest.incident.IncidentJson.View;
import org.gouvernail.rest.incident.IncidentJson.Waiver;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Messages;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.RequestProblem;
import org.gouvernail.rest.shared.Spreadsheets;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: the incident log of an organisation, with each incident's computed severity and
 * duties (GDPR art. 33 and 34, AI Act art. 26(5), vendor actions), their due times and lateness.
 */
@Path("/api/v1/organisations/{orgId}/incidents")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Incident log with computed severity and legal duties (journal des incidents)")
public class IncidentResource {

    private static final String IF_MATCH = "ETag of the incident being changed";
    private static final String HANDLERS = "Role: ADMIN, COMMITTEE or DATA_REFERENT. If-Match required. ";

    private final IncidentLog log;
    private final IncidentReporting reporting;
    private final CallerFactory callers;
    private final Clock clock;

    public IncidentResource(IncidentLog log, IncidentReporting reporting, CallerFactory callers, Clock clock) {
        this.log = log;
        this.reporting = reporting;
        this.callers = callers;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "listIncidents",
            summary = "List the incident log",
            description = "Role: any active member. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of incidents")
    public Listing<View> list(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        Instant now = clock.instant();
        return Pages.listing(
                log.incidents(callers.current(), organisationId(orgId), paging.request()),
                incident -> View.from(incident, now));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reportIncident",
            summary = "Report an incident or a near miss",
            description =
                    "Role: CONTRIBUTOR and up. Severity and duties are computed: a personal data breach (an INCIDENT with "
                            + "PERSONAL data or above) starts the art. 33(5) register entry and the art. 33(1) notification due 72 h "
                            + "after detectedAt to the authority of the organisation's country (BE: APD/GBA, FR: CNIL, …); HIGH and up "
                            + "adds art. 34 (inform the people); data given to a vendor adds the vendor actions; a high-risk system adds "
                            + "AI Act art. 26(5), due immediately. Tool ids must be of this organisation (404 otherwise).")
    @APIResponse(
            responseCode = "201",
            description = "Reported",
            content = @Content(schema = @Schema(implementation = View.class)))
    public Response report(@PathParam("orgId") String orgId, @NotNull @Valid Report report, @Context UriInfo uri) {
        Incident incident = log.report(callers.current(), organisationId(orgId), report.toDomain());
        return Versions.created(uri, incident.id(), incident.version(), View.from(incident, clock.instant()));
    }

    @GET
    @Path("/register")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    @Operation(
            operationId = "getBreachRegister",
            summary = "The register of personal data breaches (GDPR art. 33(5)), as CSV or printable HTML",
            description = "Role: any active member. One row per incident that carries the art. 33(5) register duty "
                    + "(an INCIDENT with PERSONAL data or above): the facts, the effects (people, harms), the notification "
                    + "to the authority (state, due time, reference or reason it was not required), the information of the "
                    + "people (art. 34) and the remedial action (lessons learned). format=csv (default; headers in the "
                    + "Accept-Language, French with ;) or html (every text escaped; a Content-Security-Policy that loads "
                    + "and runs nothing). At most 10 000 incidents.")
    @APIResponse(
            responseCode = "200",
            description = "The register",
            content = {
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 100000000, description = "UTF-8")),
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 100000000, description = "UTF-8"))
            })
    public Response register(
            @PathParam("orgId") String orgId,
            @QueryParam("format")
                    @Parameter(
                            description = "csv (default) or html",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "html"},
                                            maxLength = 4))
                    String format,
            @Context HttpHeaders headers) {
        boolean html = "html".equals(format);
        if (format != null && !format.isBlank() && !html && !"csv".equals(format)) {
            throw RequestProblem.invalidParameter("format", "csv, html");
        }
        List<Incident> all = Spreadsheets.all(page -> log.incidents(callers.current(), organisationId(orgId), page));
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        Instant now = clock.instant();
        if (html) {
            return Response.ok(IncidentRegister.html(locale, all, now), MediaType.TEXT_HTML + "; charset=UTF-8")
                    .header("Content-Security-Policy", IncidentRegister.CONTENT_SECURITY_POLICY)
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        }
        return Response.ok(IncidentRegister.csv(locale, all, now), Spreadsheets.CSV)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\""
                                + (Spreadsheets.french(locale) ? "registre-violations" : "breach-register") + ".csv\"")
                .build();
    }

    @GET
    @Path("/metrics")
    @Operation(
            operationId = "getIncidentMetrics",
            summary = "Incident metrics of a period",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT. Over the incidents detected from `from` to `to` "
                            + "(days, both included, in the application's zone; default: the last 365 days; at most 5 years): "
                            + "counts by type and by severity in force, median time to detect (occurred → detected, over the "
                            + "incidents whose occurrence is known), to contain (detected → first CONTAINED or later status) and to "
                            + "close (detected → first CLOSED), and the share of clocked duties (art. 33(1) 72 h, AI Act art. 26(5)) "
                            + "done by their due time among those whose time has come. Status times are recorded from this version on.")
    @APIResponse(
            responseCode = "200",
            description = "The metrics",
            content = @Content(schema = @Schema(implementation = IncidentMetricsJson.View.class)))
    public IncidentMetricsJson.View metrics(
            @PathParam("orgId") String orgId,
            @QueryParam("from")
                    @Parameter(
                            description = "First day, YYYY-MM-DD",
                            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "Last day, YYYY-MM-DD; default today",
                            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
                    String to) {
        LocalDate last = day("to", to).orElse(LocalDate.now(clock));
        LocalDate first = day("from", from).orElse(last.minusDays(364));
        if (first.isAfter(last) || first.plusYears(5).isBefore(last)) {
            throw RequestProblem.invalidParameter("from", "a day before to, at most 5 years before");
        }
        return IncidentMetricsJson.View.from(reporting.metrics(callers.current(), organisationId(orgId), first, last));
    }

    private static Optional<LocalDate> day(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw RequestProblem.invalidParameter(name, "YYYY-MM-DD");
        }
    }

    @GET
    @Path("/{incidentId}")
    @Operation(
            operationId = "getIncident",
            summary = "Read an incident with its duties",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The incident, with its ETag",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("incidentId") String incidentId, @Context Request request) {
        Incident incident = log.incident(callers.current(), organisationId(orgId), incidentId(incidentId));
        // lateness changes with time alone: the ETag qualifier carries it, so that 304 never hides it
        Instant now = clock.instant();
        return Versions.read(
                request, incident.version(), incident.lateAt(now) ? "late" : null, View.from(incident, now));
    }

    @POST
    @Path("/{incidentId}/triage")
    @Operation(operationId = "triageIncident", summary = "REPORTED → TRIAGED", description = HANDLERS)
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Transition refused")
    public Response triage(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return move(orgId, incidentId, ifMatch, IncidentStatus.TRIAGED, null);
    }

    @POST
    @Path("/{incidentId}/contain")
    @Operation(operationId = "containIncident", summary = "Mark the incident contained", description = HANDLERS)
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Transition refused")
    public Response contain(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return move(orgId, incidentId, ifMatch, IncidentStatus.CONTAINED, null);
    }

    @POST
    @Path("/{incidentId}/investigate")
    @Operation(
            operationId = "investigateIncident",
            summary = "Start (or, after closing, reopen) the investigation",
            description = HANDLERS)
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Transition refused")
    public Response investigate(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return move(orgId, incidentId, ifMatch, IncidentStatus.INVESTIGATING, null);
    }

    @POST
    @Path("/{incidentId}/resolve")
    @Operation(operationId = "resolveIncident", summary = "Mark the incident resolved", description = HANDLERS)
    @APIResponse(
            responseCode = "200",
            description = "Moved",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Transition refused")
    public Response resolve(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        return move(orgId, incidentId, ifMatch, IncidentStatus.RESOLVED, null);
    }

    @POST
    @Path("/{incidentId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "closeIncident",
            summary = "Close, with the lessons learned from MEDIUM up",
            description = HANDLERS)
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Transition refused, or lessons-learned-required")
    public Response close(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid Closing closing) {
        return move(orgId, incidentId, ifMatch, IncidentStatus.CLOSED, closing.lessonsLearned());
    }

    @POST
    @Path("/{incidentId}/severity-override")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "overrideIncidentSeverity",
            summary = "Override the computed severity with a written reason",
            description = HANDLERS
                    + "The duties follow the severity in force (art. 34 from HIGH up); settled duties are kept.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = View.class)))
    public Response override(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid Override override) {
        long expected = Versions.expected(ifMatch);
        Incident changed = log.overrideSeverity(
                callers.current(),
                organisationId(orgId),
                incidentId(incidentId),
                expected,
                override.severity(),
                override.reason());
        return Versions.changed(changed.version(), View.from(changed, clock.instant()));
    }

    @POST
    @Path("/{incidentId}/duties/{code}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "completeIncidentDuty",
            summary = "Record a duty as done (when, by whom, reference)",
            description = HANDLERS)
    @APIResponse(
            responseCode = "200",
            description = "Done",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Already settled")
    public Response done(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @PathParam("code") @Parameter(schema = @Schema(implementation = DutyCode.class)) String code,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid Completion completion) {
        long expected = Versions.expected(ifMatch);
        Incident changed = log.completeDuty(
                callers.current(),
                organisationId(orgId),
                incidentId(incidentId),
                expected,
                dutyCode(code),
                completion.reference());
        return Versions.changed(changed.version(), View.from(changed, clock.instant()));
    }

    @POST
    @Path("/{incidentId}/duties/{code}/not-required")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "waiveIncidentDuty",
            summary = "Record a duty as not required, with the written reason",
            description = HANDLERS + "For art. 33(1): document why the breach is unlikely to result in a risk.")
    @APIResponse(
            responseCode = "200",
            description = "Not required",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Already settled")
    public Response notRequired(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @PathParam("code") @Parameter(schema = @Schema(implementation = DutyCode.class)) String code,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid Waiver waiver) {
        long expected = Versions.expected(ifMatch);
        Incident changed = log.waiveDuty(
                callers.current(),
                organisationId(orgId),
                incidentId(incidentId),
                expected,
                dutyCode(code),
                waiver.reason());
        return Versions.changed(changed.version(), View.from(changed, clock.instant()));
    }

    @POST
    @Path("/{incidentId}/checklist/{step}/tick")
    @Operation(
            operationId = "tickIncidentChecklistStep",
            summary = "Tick a step of the containment checklist (who and when are recorded)",
            description = HANDLERS
                    + "The checklist is the incident type's (checklist in the incident); a step is ticked once "
                    + "(409 checklist-step-ticked); an unknown step code is a 404.")
    @APIResponse(
            responseCode = "200",
            description = "Ticked",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Already ticked")
    public Response tick(
            @PathParam("orgId") String orgId,
            @PathParam("incidentId") String incidentId,
            @PathParam("step") @Parameter(schema = @Schema(maxLength = 40, examples = "delete-conversation"))
                    String step,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        Incident changed =
                log.tickStep(callers.current(), organisationId(orgId), incidentId(incidentId), expected, step);
        return Versions.changed(changed.version(), View.from(changed, clock.instant()));
    }

    private Response move(String orgId, String incidentId, String ifMatch, IncidentStatus target, String lessons) {
        long expected = Versions.expected(ifMatch);
        Incident moved =
                log.moveTo(callers.current(), organisationId(orgId), incidentId(incidentId), expected, target, lessons);
        return Versions.changed(moved.version(), View.from(moved, clock.instant()));
    }

    private static IncidentId incidentId(String value) {
        return new IncidentId(Params.id(value, "incident"));
    }

    /** An unknown duty code names no duty of the incident: 404, like an unknown id. */
    private static DutyCode dutyCode(String value) {
        try {
            return DutyCode.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("duty", value);
        }
    }
}
