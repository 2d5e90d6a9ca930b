package org.gouvernail.rest.federation;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.federation.FederationReport;
import org.gouvernail.domain.federation.Segmentation;
import org.gouvernail.domain.federation.port.in.FederationReporting;
import org.gouvernail.domain.federation.port.in.FederationReporting.Frozen;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.ReprDigest;

/**
 * REST resource: a federation's finalised reports: the roll-up dashboard frozen for a general assembly
 * or a funder. Immutable: a member's later withdrawal marks a report, never changes it.
 */
@Path("/api/v1/federations/{federationId}/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Federations")
public class FederationReportResource {

    private static final String CODE_PATTERN = "^[a-z0-9][a-z0-9._-]{0,59}$";

    private final FederationReporting reports;
    private final CallerFactory callers;

    public FederationReportResource(FederationReporting reports, CallerFactory callers) {
        this.reports = reports;
        this.callers = callers;
    }

    @Schema(name = "FederationReportInput", description = "What to freeze: the indicators and the segmentation")
    record ReportInput(
            @NotBlank
            @Size(max = 200)
            @Schema(examples = "Assemblée générale 2026 : l'IA dans nos associations", maxLength = 200)
            String title,

            @Size(max = 100)
            @Schema(
                    description = "Indicator codes (GET /api/v1/reference/indicators); every indicator when empty",
                    maxItems = 100,
                    nullable = true)
            List<@NotNull @Pattern(regexp = CODE_PATTERN) String> indicators,

            @Schema(nullable = true, description = "SIZE_CLASS, REGION or SECTOR; the totals only when absent")
            Segmentation segment) {}

    @Schema(
            name = "FederationReport",
            description =
                    "A finalised federation report. marked: a member that fed it has withdrawn since (revoked one "
                            + "of its indicators, ended its link or left the platform); its figures stay as they were drawn.")
    record ReportView(
            @Schema(maxLength = 36) UUID id,
            @Schema(maxLength = 200) String title,
            @Schema(maxItems = 100) List<String> indicators,
            @Schema(nullable = true) Segmentation segment,
            Instant finalisedAt,

            @Schema(description = "SHA-256 of the frozen JSON document (GET …/content), hex", maxLength = 64)
            String sha256,

            boolean marked,

            @Schema(description = "The indicators a withdrawn member fed; never who", maxItems = 100)
            Set<String> withdrawnIndicators) {

        static ReportView from(FederationReport report) {
            return new ReportView(
                    report.id(),
                    report.title(),
                    report.indicators(),
                    report.segmentation(),
                    report.finalisedAt(),
                    report.sha256(),
                    report.marked(),
                    report.withdrawnIndicators());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "finaliseFederationReport",
            summary = "Freeze the roll-up dashboard as a federation report",
            description = "Role: the federation's ADMIN. Draws the dashboard of these indicators now, under the same "
                    + "disclosure control as GET …/dashboard, and keeps what it serves as a JSON document with its "
                    + "SHA-256 (hidden cells keep their reason, no number). Final at once: it never changes.")
    @APIResponse(
            responseCode = "201",
            description = "Finalised",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "Unknown indicator, or invalid title")
    public Response finalise(
            @PathParam("federationId") String federationId, @NotNull @Valid ReportInput input, @Context UriInfo uri) {
        FederationReport report = reports.finalise(
                callers.current(),
                organisationId(federationId),
                input.title().strip(),
                input.indicators() == null
                        ? List.of()
                        : input.indicators().stream().distinct().toList(),
                input.segment());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(report.id().toString())
                        .build())
                .entity(ReportView.from(report))
                .build();
    }

    @GET
    @Operation(
            operationId = "listFederationReports",
            summary = "The federation's finalised reports, newest first",
            description = "Role: the federation's ADMIN or ANALYST.")
    @APIResponse(responseCode = "200", description = "One page of reports")
    public Listing<ReportView> list(@PathParam("federationId") String federationId, @BeanParam PageQuery paging) {
        return Pages.listing(
                reports.reports(callers.current(), organisationId(federationId), paging.request()), ReportView::from);
    }

    @GET
    @Path("/{reportId}")
    @Operation(
            operationId = "getFederationReport",
            summary = "One federation report, and whether a contributor has withdrawn since",
            description = "Role: the federation's ADMIN or ANALYST.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView report(@PathParam("federationId") String federationId, @PathParam("reportId") String reportId) {
        return ReportView.from(reports.report(
                callers.current(), organisationId(federationId), Params.id(reportId, "federation-report")));
    }

    @GET
    @Path("/{reportId}/content")
    @Operation(
            operationId = "getFederationReportContent",
            summary = "The frozen document of a federation report",
            description =
                    "Role: the federation's ADMIN or ANALYST. Byte for byte the document whose SHA-256 the report "
                            + "carries (also as the strong ETag and the RFC 9530 Repr-Digest header).")
    @APIResponse(
            responseCode = "200",
            description = "The frozen document",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            description = "The frozen report: federationId, title, drawnAt, "
                                                    + "segmentation, minContributors and, per indicator, its total "
                                                    + "and cells as FederationCell (see docs/api.md)")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response content(
            @PathParam("federationId") String federationId,
            @PathParam("reportId") String reportId,
            @Context Request request) {
        Frozen frozen = reports.frozen(
                callers.current(), organisationId(federationId), Params.id(reportId, "federation-report"));
        EntityTag tag = new EntityTag(frozen.report().sha256());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(frozen.document(), MediaType.APPLICATION_JSON_TYPE)
                .tag(tag)
                .header(ReprDigest.HEADER, ReprDigest.sha256(frozen.report().sha256()))
                .build();
    }
}
