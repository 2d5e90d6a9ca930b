package org.gouvernail.rest.report;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportType;
import org.gouvernail.domain.report.port.in.GovernanceReports;
import org.gouvernail.domain.report.port.in.GovernanceReports.Rendered;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.report.ReportJson.ComparisonView;
import org.gouvernail.rest.report.ReportJson.FinaliseInput;
import org.gouvernail.rest.report.ReportJson.NarrativeInput;
import org.gouvernail.rest.report.ReportJson.NewReportInput;
import org.gouvernail.rest.report.ReportJson.ReportView;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.ReprDigest;
import org.gouvernail.rest.shared.RequestProblem;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: reports for the board (BOARD_BRIEF), the general assembly (GENERAL_ASSEMBLY_ANNUAL),
 * funders (FUNDER) and auditors (EVIDENCE_PACK): drafted and finalised by ADMIN or COMMITTEE, read as
 * JSON, HTML or PDF by ADMIN, COMMITTEE, DATA_REFERENT and VIEWER.
 */
@Path("/api/v1/organisations/{orgId}/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Reports",
        description = "Board briefs, general-assembly annual reports, funder reports and evidence packs: a DRAFT "
                + "drawn from the registers, then a FINAL whose data is frozen and hashed (SHA-256)")
public class ReportResource {

    static final String PDF = "application/pdf";
    private static final String AUTHORS = "Role: ADMIN or COMMITTEE.";
    private static final String READERS = "Role: ADMIN, COMMITTEE, DATA_REFERENT or VIEWER.";
    private static final String IF_MATCH = "ETag of the report being changed";

    private final GovernanceReports reports;
    private final CallerFactory callers;
    private final MergePatch mergePatch;

    public ReportResource(GovernanceReports reports, CallerFactory callers, MergePatch mergePatch) {
        this.reports = reports;
        this.callers = callers;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            operationId = "listReports",
            summary = "List the reports",
            description = READERS + " Newest first; type filters.")
    @APIResponse(responseCode = "200", description = "One page of reports")
    public Listing<ReportView> list(
            @PathParam("orgId") String orgId,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = ReportType.class)) String type,
            @BeanParam PageQuery paging) {
        OrganisationId organisationId = organisationId(orgId);
        return Pages.listing(
                reports.list(
                        callers.current(),
                        organisationId,
                        Params.option("type", type, ReportType.class).orElse(null),
                        paging.request()),
                report -> ReportView.from(report, base(organisationId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "draftReport",
            summary = "Draft a report",
            description = AUTHORS + " A DRAFT of a type, a period (at most 400 days), a language (fr or en), its "
                    + "sections (absent: the type's defaults) and, for FUNDER only and required, the project's use cases "
                    + "(scope). Its data is drawn from the registers at each read until it is finalised.")
    @APIResponse(
            responseCode = "201",
            description = "Drafted",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response draft(
            @PathParam("orgId") String orgId, @NotNull @Valid NewReportInput input, @Context UriInfo uri) {
        OrganisationId organisationId = organisationId(orgId);
        Report report = reports.draft(callers.current(), organisationId, input.toDomain());
        return Versions.created(uri, report.id(), report.version(), ReportView.from(report, base(organisationId)));
    }

    @GET
    @Path("/{reportId}")
    @Operation(operationId = "getReport", summary = "Read a report's settings and narrative", description = READERS)
    @APIResponse(
            responseCode = "200",
            description = "The report, with its ETag",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("reportId") String reportId, @Context Request request) {
        OrganisationId organisationId = organisationId(orgId);
        Report report = reports.report(callers.current(), organisationId, id(reportId));
        return Versions.read(request, report.version(), ReportView.from(report, base(organisationId)));
    }

    @PATCH
    @Path("/{reportId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "editReport",
            summary = "Change a DRAFT's narrative or sections (JSON merge patch)",
            description = AUTHORS + " If-Match required. title, chairWords, summary, sections. 409 report-final "
                    + "once finalised.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "The report is final")
    public Response edit(
            @PathParam("orgId") String orgId,
            @PathParam("reportId") String reportId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = NarrativeInput.class) JsonNode patch) {
        long expected = Versions.expected(ifMatch);
        OrganisationId organisationId = organisationId(orgId);
        Report current = reports.report(callers.current(), organisationId, id(reportId));
        NarrativeInput changed = mergePatch.apply(NarrativeInput.from(current), patch, NarrativeInput.class);
        Report updated = reports.edit(
                callers.current(), organisationId, id(reportId), expected, changed.narrative(), changed.sections());
        return Versions.changed(updated.version(), ReportView.from(updated, base(organisationId)));
    }

    @POST
    @Path("/{reportId}/finalise")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "finaliseReport",
            summary = "Finalise a DRAFT (→ FINAL): its data is frozen and hashed",
            description = AUTHORS + " If-Match required. The content is drawn from the registers now, stored as a "
                    + "JSON document and its SHA-256 kept: later changes of the registers never change it. decisionId "
                    + "(optional) names the committee decision that approved it. 409 report-final when already final.")
    @APIResponse(
            responseCode = "200",
            description = "Final",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "Already final")
    public Response finalise(
            @PathParam("orgId") String orgId,
            @PathParam("reportId") String reportId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Valid FinaliseInput input) {
        long expected = Versions.expected(ifMatch);
        OrganisationId organisationId = organisationId(orgId);
        Report report = reports.finalise(
                callers.current(), organisationId, id(reportId), expected, input == null ? null : input.decisionId());
        return Versions.changed(report.version(), ReportView.from(report, base(organisationId)));
    }

    @GET
    @Path("/{reportId}/content")
    @Operation(
            operationId = "getReportContent",
            summary = "The report's content as JSON",
            description = READERS + " A DRAFT: drawn from the registers now. A FINAL: the frozen document, byte for "
                    + "byte the one whose SHA-256 the report carries (also in the Repr-Digest header).")
    @APIResponse(
            responseCode = "200",
            description = "The content",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.OBJECT, description = "ReportContent: see docs/api.md")))
    public Response content(
            @PathParam("orgId") String orgId, @PathParam("reportId") String reportId, @Context Request request) {
        Rendered rendered = reports.rendered(callers.current(), organisationId(orgId), id(reportId));
        Response.ResponseBuilder builder =
                withDigest(Response.ok(rendered.json(), MediaType.APPLICATION_JSON_TYPE), rendered.report());
        if (rendered.report().isFinal()) {
            builder.header(
                    ReprDigest.HEADER, ReprDigest.sha256(rendered.report().sha256()));
        }
        return builder.build();
    }

    @GET
    @Path("/{reportId}/html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(
            operationId = "getReportHtml",
            summary = "The report as an HTML page",
            description = READERS + " In the report's language, no JavaScript, charts as images drawn on the server; "
                    + "a FINAL shows its SHA-256.")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_HTML,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 5_000_000)))
    public Response html(@PathParam("orgId") String orgId, @PathParam("reportId") String reportId) {
        Rendered rendered = reports.rendered(callers.current(), organisationId(orgId), id(reportId));
        String page = ReportPage.xhtml(rendered.report(), rendered.content());
        return withDigest(Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")), rendered.report())
                .header("Content-Security-Policy", ReportPage.CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Language", rendered.report().language().code())
                .build();
    }

    @GET
    @Path("/{reportId}/pdf")
    @Produces(PDF)
    @Operation(
            operationId = "getReportPdf",
            summary = "The report as PDF",
            description = READERS + " The HTML page laid out on A4 pages.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 50_000_000)))
    public Response pdf(@PathParam("orgId") String orgId, @PathParam("reportId") String reportId) {
        Rendered rendered = reports.rendered(callers.current(), organisationId(orgId), id(reportId));
        byte[] pdf = ReportPdf.of(
                ReportPage.xhtml(rendered.report(), rendered.content()),
                rendered.report().id().toString());
        return withDigest(Response.ok(pdf, PDF), rendered.report())
                .header(
                        "Content-Disposition",
                        "inline; filename=\"report-" + rendered.report().id() + ".pdf\"")
                .header("Content-Language", rendered.report().language().code())
                .build();
    }

    @GET
    @Path("/{reportId}/compare")
    @Operation(
            operationId = "compareReports",
            summary = "Compare two reports period to period",
            description = READERS + " Indicator by indicator: the value in the earlier report (by period end), in "
                    + "the later, the change, and BETTER/WORSE/SAME/NEUTRAL by the catalogue's direction. A final report "
                    + "counts with its frozen values, a draft with today's.")
    @APIResponse(
            responseCode = "200",
            description = "The changes",
            content = @Content(schema = @Schema(implementation = ComparisonView.class)))
    public ComparisonView compare(
            @PathParam("orgId") String orgId,
            @PathParam("reportId") String reportId,
            @QueryParam("with")
                    @Parameter(
                            description = "The other report",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                    String with) {
        UUID other = Params.uuid("with", with).orElseThrow(() -> RequestProblem.invalidParameter("with", "UUID"));
        return ComparisonView.from(reports.compare(callers.current(), organisationId(orgId), id(reportId), other));
    }

    /**
     * Every rendition of a final report names the SHA-256 of its frozen JSON document (X-Report-SHA256,
     * and as strong ETag); the JSON document itself also carries it as RFC 9530 Repr-Digest.
     */
    private static Response.ResponseBuilder withDigest(Response.ResponseBuilder builder, Report report) {
        if (report.isFinal()) {
            builder.header("X-Report-SHA256", report.sha256()).tag(new EntityTag(report.sha256()));
        } else {
            builder.header("Cache-Control", "no-store");
        }
        return builder;
    }

    private static String base(OrganisationId organisationId) {
        return "/api/v1/organisations/" + organisationId.value() + "/reports";
    }

    private static UUID id(String value) {
        return Params.id(value, "report");
    }
}
