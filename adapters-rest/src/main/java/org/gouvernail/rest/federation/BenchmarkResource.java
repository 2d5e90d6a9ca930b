package org.gouvernail.rest.federation;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.federation.port.in.FederationGovernance;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.federation.FederationDashboardJson.BenchmarkView;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.RequestProblem;

/** REST resource: "give to get": a member association's values against its federation's distribution. */
@Path("/api/v1/organisations/{orgId}/benchmark")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Federations",
        description = "Federations of associations: links, consents, roll-up dashboards (fédérations)")
public class BenchmarkResource {

    private final FederationGovernance federations;
    private final CallerFactory callers;

    public BenchmarkResource(FederationGovernance federations, CallerFactory callers) {
        this.federations = federations;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "getFederationBenchmark",
            summary = "The association's values against the federation's median and quartiles",
            description = "Role: ADMIN, COMMITTEE, DATA_REFERENT or VIEWER. For each indicator the association shares "
                    + "with this federation (an ACTIVE link): its own snapshot value, and the first quartile, median and "
                    + "third quartile of every active member's latest snapshot, only where the contributors pass the "
                    + "dashboard's rules (at least k, no dominance); otherwise suppressed says why.")
    @APIResponse(
            responseCode = "200",
            description = "The benchmark",
            content = @Content(schema = @Schema(implementation = BenchmarkView.class)))
    @APIResponse(responseCode = "404", description = "No ACTIVE link to this federation")
    public BenchmarkView benchmark(
            @PathParam("orgId") String orgId,
            @QueryParam("federation")
                    @Parameter(
                            description = "The federation's id",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                    String federation) {
        UUID federationId = Params.uuid("federation", federation)
                .orElseThrow(() -> RequestProblem.invalidParameter("federation", "UUID"));
        return BenchmarkView.from(
                federations.benchmark(callers.current(), organisationId(orgId), new OrganisationId(federationId)));
    }
}
