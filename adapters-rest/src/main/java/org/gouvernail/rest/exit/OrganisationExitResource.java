package org.gouvernail.rest.exit;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.exit.Closure;
import org.gouvernail.domain.exit.OrganisationArchive;
import org.gouvernail.domain.exit.port.in.OrganisationExit;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.ReprDigest;

/** REST resource: an organisation's archive and its closure. */
@Path("/api/v1/organisations/{orgId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation exit", description = "The organisation's archive, its closure and deletion")
public class OrganisationExitResource {

    static final String ZIP = "application/zip";

    private final OrganisationExit exit;
    private final CallerFactory callers;
    private final PolicyArchiveDocuments documents;

    public OrganisationExitResource(OrganisationExit exit, CallerFactory callers, PolicyArchiveDocuments documents) {
        this.exit = exit;
        this.callers = callers;
        this.documents = documents;
    }

    @Schema(name = "OrganisationClosure")
    record ClosureView(
            UUID organisationId,
            Instant requestedAt,

            @Schema(maxLength = 255, description = "Subject of the ADMIN who asked")
            String requestedBy,

            @Schema(description = "When the deletion job may delete everything of the organisation")
            Instant deleteAfter) {

        static ClosureView from(Closure closure) {
            return new ClosureView(
                    closure.organisationId().value(),
                    closure.requestedAt(),
                    closure.requestedBy(),
                    closure.deleteAfter());
        }
    }

    @GET
    @Path("/export")
    @Produces(ZIP)
    @Operation(
            operationId = "exportOrganisation",
            summary = "Export the whole organisation as one archive",
            description =
                    "Role: ADMIN. A zip read in one consistent snapshot: data/<table>.json (what an import reads), "
                            + "csv/<table>.csv, documents/ (every policy version as its printable HTML page) and manifest.json "
                            + "(format version, source instance, time, schema version, rows per table, size and SHA-256 of every "
                            + "file). The Repr-Digest header carries the SHA-256 of the whole archive, also kept in the audit "
                            + "trail and in the closure receipt.")
    @APIResponse(
            responseCode = "200",
            description = "The archive",
            headers =
                    @Header(
                            name = "Repr-Digest",
                            description = "sha-256 of the archive (RFC 9530)",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 80)),
            content =
                    @Content(
                            mediaType = ZIP,
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 536870912)))
    public Response export(@PathParam("orgId") String orgId) {
        OrganisationArchive archive = exit.export(callers.current(), organisationId(orgId), documents);
        return Response.ok(archive.bytes(), ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"")
                .header(ReprDigest.HEADER, ReprDigest.sha256(archive.sha256()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/close")
    @Operation(
            operationId = "closeOrganisation",
            summary = "Close the organisation: everything it holds is deleted after a grace period",
            description = "Role: ADMIN. Starts the grace period (GOUVERNAIL_CLOSURE_GRACE_PERIOD, 30 days by default); "
                    + "an ADMIN may cancel during it. Then the deletion job deletes every row of the organisation and "
                    + "the platform keeps a receipt. Export the organisation first.")
    @APIResponse(
            responseCode = "201",
            description = "Closure under way",
            content = @Content(schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "409", description = "Already closing")
    public Response close(@PathParam("orgId") String orgId, @Context UriInfo uri) {
        OrganisationId id = organisationId(orgId);
        Closure closure = exit.close(callers.current(), id);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/organisations/{orgId}/closure")
                        .build(id.toString()))
                .entity(ClosureView.from(closure))
                .build();
    }

    @GET
    @Path("/closure")
    @Operation(
            operationId = "getOrganisationClosure",
            summary = "Read the closure under way",
            description = "Role: any active member. 404 when the organisation is not closing.")
    @APIResponse(
            responseCode = "200",
            description = "The closure",
            content = @Content(schema = @Schema(implementation = ClosureView.class)))
    public ClosureView closure(@PathParam("orgId") String orgId) {
        return ClosureView.from(exit.closure(callers.current(), organisationId(orgId)));
    }

    @POST
    @Path("/closure/cancel")
    @Operation(
            operationId = "cancelOrganisationClosure",
            summary = "Cancel the closure during its grace period",
            description = "Role: ADMIN. 409 once the grace period is over.")
    @APIResponse(responseCode = "204", description = "Cancelled: the organisation stays")
    @APIResponse(responseCode = "409", description = "The grace period is over")
    public Response cancel(@PathParam("orgId") String orgId) {
        exit.cancelClosure(callers.current(), organisationId(orgId));
        return Response.noContent().build();
    }

    /** The rows written per table, for the import's answer. */
    @Schema(name = "OrganisationImport")
    record ImportView(
            UUID organisationId,
            @Schema(maxLength = 2000) String sourceInstance,
            @Schema(description = "Rows written per table") Map<String, Long> rows) {}
}
