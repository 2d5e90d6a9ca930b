package org.gouvernail.rest.inventory;

import static org.gouvernail.rest.shared.Params.organisationId;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ImportReport;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.inventory.assessment.AssessedTool;
import org.gouvernail.domain.inventory.assessment.LatestAssessment;
import org.gouvernail.domain.inventory.assessment.port.in.AssessmentRegister;
import org.gouvernail.domain.inventory.port.in.ToolInventory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.rest.inventory.ToolJson.Details;
import org.gouvernail.rest.inventory.ToolJson.View;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.ExportFormat;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.Messages;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Problem;
import org.gouvernail.rest.shared.RequestProblem;
import org.gouvernail.rest.shared.Spreadsheets;
import org.gouvernail.rest.shared.Versions;

/** REST resource: the AI tool inventory of an organisation. */
@Path("/api/v1/organisations/{orgId}/tools")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tools", description = "Inventory of the AI tools staff and volunteers use (audit et sécurité)")
public class ToolResource {

    private final ToolInventory inventory;
    private final CallerFactory callers;
    private final MergePatch mergePatch;
    private final AssessmentRegister assessments;

    public ToolResource(
            ToolInventory inventory, CallerFactory callers, MergePatch mergePatch, AssessmentRegister assessments) {
        this.inventory = inventory;
        this.callers = callers;
        this.mergePatch = mergePatch;
        this.assessments = assessments;
    }

    @GET
    @Operation(
            operationId = "listTools",
            summary = "List the inventory",
            description = "Role: any active member. Filters combine.")
    @APIResponse(responseCode = "200", description = "One page of tools, oldest declaration first")
    public Listing<View> list(
            @PathParam("orgId") String orgId, @BeanParam ToolListQuery query, @BeanParam PageQuery paging) {
        // the page and its tools' latest assessments in one transaction, with one look-up of the membership
        Page<AssessedTool> page =
                assessments.assessedTools(callers.current(), organisationId(orgId), query.filter(), paging.request());
        return Pages.listing(
                page, assessed -> View.from(assessed.tool(), assessed.latest().orElse(null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "declareTool",
            summary = "Declare a tool",
            description = "Role: CONTRIBUTOR, DATA_REFERENT, COMMITTEE or ADMIN. The tool starts DECLARED.")
    @APIResponse(
            responseCode = "201",
            description = "Declared",
            content = @Content(schema = @Schema(implementation = View.class)))
    public Response declare(@PathParam("orgId") String orgId, @NotNull @Valid Details details, @Context UriInfo uri) {
        AiTool tool = inventory.declare(callers.current(), organisationId(orgId), details.toDomain());
        return Versions.created(uri, tool.id(), tool.version(), View.from(tool));
    }

    @GET
    @Path("/{toolId}")
    @Operation(operationId = "getTool", summary = "Read a tool", description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The tool, with its ETag",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("toolId") String toolId, @Context Request request) {
        AssessedTool assessed = assessments.assessedTool(callers.current(), organisationId(orgId), toolId(toolId));
        AiTool tool = assessed.tool();
        LatestAssessment latest = assessed.latest().orElse(null);
        String qualifier =
                latest == null ? null : Integer.toHexString(java.util.Objects.hash(latest.id(), latest.ageDays()));
        return Versions.read(request, tool.version(), qualifier, View.from(tool, latest));
    }

    @PATCH
    @Path("/{toolId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateTool",
            summary = "Correct a tool's details (JSON merge patch)",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT; the declarer too while the tool is DECLARED. If-Match required. "
                            + "The status does not change here: see start-review and retire; approval comes from committee decisions.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "The tool is retired")
    public Response update(
            @PathParam("orgId") String orgId,
            @PathParam("toolId") String toolId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed", required = true)
                    String ifMatch,
            @NotNull @Schema(implementation = Details.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        ToolId id = toolId(toolId);
        long expected = Versions.expected(ifMatch);
        AiTool current = inventory.tool(callers.current(), organisation, id);
        Details changed = mergePatch.apply(Details.from(current.details()), patch, Details.class);
        AiTool updated = inventory.update(callers.current(), organisation, id, expected, changed.toDomain());
        return Versions.changed(updated.version(), View.from(updated, latest(orgId, updated)));
    }

    @POST
    @Path("/{toolId}/start-review")
    @Operation(
            operationId = "startToolReview",
            summary = "Start the review of a declared tool",
            description = "Role: ADMIN or COMMITTEE. If-Match required. DECLARED → UNDER_REVIEW.")
    @APIResponse(
            responseCode = "200",
            description = "Under review",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "The tool is not DECLARED")
    public Response startReview(
            @PathParam("orgId") String orgId,
            @PathParam("toolId") String toolId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed", required = true)
                    String ifMatch) {
        return move(orgId, toolId, ifMatch, ToolStatus.UNDER_REVIEW);
    }

    @POST
    @Path("/{toolId}/retire")
    @Operation(
            operationId = "retireTool",
            summary = "Retire a tool nobody should use any more",
            description = "Role: ADMIN or COMMITTEE. If-Match required. Any status → RETIRED; the record is kept.")
    @APIResponse(
            responseCode = "200",
            description = "Retired",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "The tool is already retired")
    public Response retire(
            @PathParam("orgId") String orgId,
            @PathParam("toolId") String toolId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being changed", required = true)
                    String ifMatch) {
        return move(orgId, toolId, ifMatch, ToolStatus.RETIRED);
    }

    @DELETE
    @Path("/{toolId}")
    @Operation(
            operationId = "removeTool",
            summary = "Delete a tool declared by mistake",
            description =
                    "Role: ADMIN; the declarer too while the tool is DECLARED. If-Match required. Prefer retire for a real tool; "
                            + "a tool named by a rule of a usage policy (any version) is retired, never deleted (409 tool-named-by-policy).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "tool-named-by-policy")
    public void remove(
            @PathParam("orgId") String orgId,
            @PathParam("toolId") String toolId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being deleted", required = true)
                    String ifMatch) {
        long expected = Versions.expected(ifMatch);
        inventory.remove(callers.current(), organisationId(orgId), toolId(toolId), expected);
    }

    @Schema(name = "ImportProblem")
    record ImportProblem(
            @Schema(description = "Line of the file (the header is line 1)", minimum = "1", maximum = "1000001")
            int line,

            @Schema(maxLength = 200) String field,
            @Schema(maxLength = 2000) String message) {}

    @Schema(name = "ImportReport")
    record ImportReportJson(
            boolean dryRun,
            @Schema(minimum = "0", maximum = "1000") int rows,
            @Schema(minimum = "0", maximum = "1000") int created,
            @Schema(maxItems = 10000) List<ImportProblem> problems,
            @Schema(maxItems = 1000) List<UUID> createdIds) {}

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            operationId = "importTools",
            summary = "Import an inventory spreadsheet (CSV)",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT. UTF-8, comma or semicolon, headers in French or English "
                            + "(nom/name, éditeur/vendor, description, catégorie/category, type de compte/account type, hébergement/hosting region, "
                            + "catégories de données/data categories, équipes/teams, utilisateurs estimés/estimated users, coût annuel EUR/yearly cost EUR); "
                            + "lists separated by |. At most 1000 rows. With dryRun=true nothing is written and every row's problems are reported; "
                            + "otherwise all rows are declared, or none when any row has a problem (400 listing them).")
    @APIResponse(
            responseCode = "200",
            description = "Dry run: the report",
            content = @Content(schema = @Schema(implementation = ImportReportJson.class)))
    @APIResponse(
            responseCode = "201",
            description = "Imported: every row declared",
            content = @Content(schema = @Schema(implementation = ImportReportJson.class)))
    public Response importTools(
            @PathParam("orgId") String orgId,
            @QueryParam("dryRun")
                    @Parameter(
                            description =
                                    "true: only check the file; false (default): import it. Any other value is a 400, "
                                            + "so that a misspelt dry run never imports",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String dryRunParameter,
            @NotNull @Schema(maxLength = 1048576) String csv,
            @Context HttpHeaders headers) {
        boolean dryRun = Params.bool("dryRun", dryRunParameter).orElse(false);
        ImportReport report =
                inventory.importTools(callers.current(), organisationId(orgId), ToolSpreadsheet.read(csv), dryRun);
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        List<ImportProblem> problems = report.problems().stream()
                .map(problem -> new ImportProblem(problem.line(), problem.field(), describe(locale, problem)))
                .toList();
        if (!dryRun && !problems.isEmpty()) {
            throw new RequestProblem(
                    400,
                    "import-refused",
                    problems.stream()
                            .map(problem -> new Problem.FieldError(
                                    "line " + problem.line() + ": " + problem.field(), problem.message()))
                            .toList(),
                    problems.size());
        }
        ImportReportJson body = new ImportReportJson(
                report.dryRun(),
                report.rows(),
                report.created().size(),
                problems,
                report.created().stream().map(tool -> tool.id().value()).toList());
        return Response.status(dryRun ? 200 : 201).entity(body).build();
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "exportTools",
            summary = "Export the inventory as CSV or JSON",
            description =
                    "Role: any active member. format=csv (default; headers in the Accept-Language, French with ; and decimal "
                            + "commas, English with ,) or json. Same filters as the list; at most 10 000 tools.")
    @APIResponse(
            responseCode = "200",
            description = "The inventory",
            content = {
                @Content(
                        mediaType = "text/csv",
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        maxLength = 100000000,
                                        description = "The spreadsheet (UTF-8)")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.ARRAY, implementation = View.class, maxItems = 10000))
            })
    public Response exportTools(
            @PathParam("orgId") String orgId,
            @BeanParam ToolListQuery query,
            @BeanParam ExportFormat format,
            @Context HttpHeaders headers) {
        ToolFilter filter = query.filter();
        boolean json = format.json();
        List<AiTool> all =
                Spreadsheets.all(page -> inventory.tools(callers.current(), organisationId(orgId), filter, page));
        if (json) {
            Map<ToolId, LatestAssessment> latest = assessments.latestValidated(
                    callers.current(),
                    organisationId(orgId),
                    all.stream().map(AiTool::id).toList());
            return Response.ok(
                            all.stream()
                                    .map(tool -> View.from(tool, latest.get(tool.id())))
                                    .toList(),
                            MediaType.APPLICATION_JSON)
                    .build();
        }
        return Response.ok(
                        ToolSpreadsheet.write(all, Messages.choose(headers.getAcceptableLanguages())), Spreadsheets.CSV)
                .header("Content-Disposition", "attachment; filename=\"inventaire-outils-ia.csv\"")
                .build();
    }

    private static String describe(Locale locale, ImportReport.RowProblem problem) {
        String text = Messages.text(
                locale, "field." + problem.code(), problem.arguments().toArray());
        return text == null ? problem.code() : text;
    }

    private Response move(String orgId, String toolId, String ifMatch, ToolStatus target) {
        long expected = Versions.expected(ifMatch);
        AiTool moved =
                inventory.changeStatus(callers.current(), organisationId(orgId), toolId(toolId), expected, target);
        return Versions.changed(moved.version(), View.from(moved, latest(orgId, moved)));
    }

    /** The tool's latest validated assessment, shown on the tool; null when none. */
    private LatestAssessment latest(String orgId, AiTool tool) {
        return assessments
                .latestValidated(callers.current(), organisationId(orgId), List.of(tool.id()))
                .get(tool.id());
    }

    private static ToolId toolId(String value) {
        return new ToolId(Params.id(value, "tool"));
    }
}
