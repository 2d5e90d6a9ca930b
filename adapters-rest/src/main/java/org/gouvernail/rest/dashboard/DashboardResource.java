package org.gouvernail.rest.dashboard;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.dashboard.port.in.OrganisationDashboard;
import org.gouvernail.rest.dashboard.DashboardJson.DashboardJsonBody;
import org.gouvernail.rest.dashboard.DashboardJson.SnapshotJson;
import org.gouvernail.rest.shared.CallerFactory;

/** REST resource: the organisation dashboard and its snapshots on demand. */
@Path("/api/v1/organisations/{orgId}/dashboard")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard", description = "The organisation's governance at a glance (tableau de bord)")
public class DashboardResource {

    private final OrganisationDashboard dashboard;
    private final CallerFactory callers;
    private final Clock clock;

    public DashboardResource(OrganisationDashboard dashboard, CallerFactory callers, Clock clock) {
        this.dashboard = dashboard;
        this.callers = callers;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "getDashboard",
            summary = "The organisation dashboard",
            description = "Role: ADMIN, COMMITTEE, DATA_REFERENT or VIEWER (aggregates only, no names). Each section's "
                    + "indicators with today's value, the trend against the last snapshot at or before 30 days ago, "
                    + "and the definition (GET /api/v1/reference/indicators); the tools by status, the inherent and "
                    + "residual risk grids, the use-case matrix by lifecycle status; the five items due soonest.")
    @APIResponse(
            responseCode = "200",
            description = "The dashboard",
            content = @Content(schema = @Schema(implementation = DashboardJsonBody.class)))
    public DashboardJsonBody get(@PathParam("orgId") String orgId) {
        return DashboardJsonBody.from(dashboard.of(callers.current(), organisationId(orgId)), clock.instant());
    }

    @POST
    @Path("/snapshots")
    @Operation(
            operationId = "takeDashboardSnapshot",
            summary = "Record today's snapshot now",
            description = "Role: ADMIN. Records today's indicator values (replacing those of today if the daily job "
                    + "already ran); audited as dashboard.snapshot-taken.")
    @APIResponse(
            responseCode = "200",
            description = "The day recorded",
            content = @Content(schema = @Schema(implementation = SnapshotJson.class)))
    public SnapshotJson snapshot(@PathParam("orgId") String orgId) {
        return new SnapshotJson(dashboard.snapshot(callers.current(), organisationId(orgId)));
    }
}
