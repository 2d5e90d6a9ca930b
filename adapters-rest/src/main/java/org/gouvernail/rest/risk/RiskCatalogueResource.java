package org.gouvernail.rest.risk;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.risk.port.in.RiskRegister;
import org.gouvernail.rest.risk.RiskJson.Catalogue;
import org.gouvernail.rest.shared.CallerFactory;

/** REST resource: the starter catalogue of typical risks, reference data in the platform's languages. */
@Path("/api/v1/reference/risk-catalogue")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "Reference data shared by every organisation: catalogues, templates")
public class RiskCatalogueResource {

    private final RiskRegister register;
    private final CallerFactory callers;

    public RiskCatalogueResource(RiskRegister register, CallerFactory callers) {
        this.register = register;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "getRiskCatalogue",
            summary = "The starter catalogue of typical risks",
            description =
                    "Any authenticated user. Every entry in all its languages in one answer (the front end picks; nl is "
                            + "null where not written yet); POST …/risks with fromCatalogue starts a risk from an entry in the organisation's language. Entries "
                            + "marked FINOS adapt the FINOS AI Governance Framework risk catalogue (CC BY 4.0).")
    @APIResponse(
            responseCode = "200",
            description = "The catalogue",
            content = @Content(schema = @Schema(implementation = Catalogue.class)))
    public Catalogue catalogue() {
        callers.current();
        return Catalogue.from(register.catalogue());
    }
}
