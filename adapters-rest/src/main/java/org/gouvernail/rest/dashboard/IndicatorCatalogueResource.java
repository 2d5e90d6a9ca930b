package org.gouvernail.rest.dashboard;

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
import org.gouvernail.domain.dashboard.port.in.OrganisationDashboard;
import org.gouvernail.rest.dashboard.DashboardJson.CatalogueJson;
import org.gouvernail.rest.shared.CallerFactory;

/** REST resource: the versioned catalogue of the dashboard's indicators, reference data. */
@Path("/api/v1/reference/indicators")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "Reference data shared by every organisation: catalogues, templates")
public class IndicatorCatalogueResource {

    private final OrganisationDashboard dashboard;
    private final CallerFactory callers;

    public IndicatorCatalogueResource(OrganisationDashboard dashboard, CallerFactory callers) {
        this.dashboard = dashboard;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "getIndicatorCatalogue",
            summary = "The catalogue of the dashboard's indicators",
            description = "Any authenticated user. Every indicator with its code, section, unit, which way is better "
                    + "and its definition in fr, en and nl; the version rises when an indicator is added or redefined.")
    @APIResponse(
            responseCode = "200",
            description = "The catalogue",
            content = @Content(schema = @Schema(implementation = CatalogueJson.class)))
    public CatalogueJson catalogue() {
        callers.current();
        return CatalogueJson.from(dashboard.catalogue());
    }
}
