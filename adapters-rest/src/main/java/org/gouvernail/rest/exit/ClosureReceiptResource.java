package org.gouvernail.rest.exit;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.exit.ClosureReceipt;
import org.gouvernail.domain.exit.port.in.OrganisationExit;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Params;

/** REST resource, platform admin: what the platform keeps of a deleted organisation. */
@Path("/api/v1/organisation-receipts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation exit", description = "The organisation's archive, its closure and deletion")
public class ClosureReceiptResource {

    private final OrganisationExit exit;
    private final CallerFactory callers;

    public ClosureReceiptResource(OrganisationExit exit, CallerFactory callers) {
        this.exit = exit;
        this.callers = callers;
    }

    @Schema(name = "ClosureReceipt")
    record ReceiptView(
            UUID organisationId,
            @Schema(maxLength = 200) String name,

            @Schema(description = "When an ADMIN asked to close")
            Instant closedOn,

            Instant deletedOn,

            @Schema(description = "Rows per table just before the deletion")
            Map<String, Long> rowCounts,

            @Schema(maxLength = 64, description = "SHA-256 of the last export, null when there was none")
            String lastExportSha256) {

        static ReceiptView from(ClosureReceipt receipt) {
            return new ReceiptView(
                    receipt.organisationId(),
                    receipt.name(),
                    receipt.closedOn(),
                    receipt.deletedOn(),
                    receipt.rowCounts(),
                    receipt.lastExportSha256());
        }
    }

    @GET
    @Path("/{organisationId}")
    @Operation(
            operationId = "getClosureReceipt",
            summary = "Read the receipt of a deleted organisation",
            description = "Role: platform-admin (realm role).")
    @APIResponse(
            responseCode = "200",
            description = "The receipt",
            content = @Content(schema = @Schema(implementation = ReceiptView.class)))
    public ReceiptView receipt(@PathParam("organisationId") String organisationId) {
        return ReceiptView.from(exit.receipt(
                callers.current(), Params.organisationId(organisationId).value()));
    }
}
