package org.gouvernail.rest.exit;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.exit.ImportReport;
import org.gouvernail.domain.exit.port.in.OrganisationExit;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.rest.exit.OrganisationExitResource.ImportView;
import org.gouvernail.rest.shared.CallerFactory;

/** REST resource, platform admin: an organisation's archive imported here. */
@Path("/api/v1/organisations/import")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation exit", description = "The organisation's archive, its closure and deletion")
public class OrganisationImportResource {

    private final OrganisationExit exit;
    private final CallerFactory callers;

    public OrganisationImportResource(OrganisationExit exit, CallerFactory callers) {
        this.exit = exit;
        this.callers = callers;
    }

    @POST
    @Consumes({OrganisationExitResource.ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            operationId = "importOrganisation",
            summary = "Import an organisation's archive",
            description =
                    "Role: platform-admin (realm role). The archive of GET …/export, from this instance or another; "
                            + "every file must match its SHA-256 in the manifest (400 otherwise), and the whole archive the "
                            + "expectedSha256 when given. The rows are written in foreign-key order in one transaction; 409 when "
                            + "the organisation already exists here. Members keep their subject: they sign in with the same "
                            + "identity provider, or an ADMIN invites them again.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = OrganisationExitResource.ZIP,
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 1048576)))
    @APIResponse(
            responseCode = "201",
            description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "409", description = "The organisation, or one of its rows, already exists here")
    public Response importArchive(
            byte[] archive,
            @QueryParam("expectedSha256")
                    @Parameter(
                            description =
                                    "SHA-256 (hex) of the archive, as the export's Repr-Digest or audit event gave it",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9a-f]{64}$", maxLength = 64))
                    String expectedSha256,
            @Context UriInfo uri) {
        if (archive == null || archive.length == 0) {
            throw new InvalidInput("archive", "archive-invalid", "empty body", "empty body");
        }
        if (expectedSha256 != null && !expectedSha256.isBlank()) {
            String actual = sha256(archive);
            if (!actual.equalsIgnoreCase(expectedSha256.strip())) {
                throw new InvalidInput("archive", "archive-tampered", "SHA-256 " + actual, "SHA-256 " + actual);
            }
        }
        ImportReport report = exit.importArchive(callers.current(), archive);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/organisations/{orgId}")
                        .build(report.organisationId().toString()))
                .entity(new ImportView(report.organisationId().value(), report.sourceInstance(), report.rowCounts()))
                .build();
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
