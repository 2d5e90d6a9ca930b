package org.gouvernail.rest.readiness;

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
import org.gouvernail.domain.readiness.port.in.ReadinessAssessment;
import org.gouvernail.rest.readiness.ReadinessJson.FrameworkView;
import org.gouvernail.rest.shared.CallerFactory;

/** REST resource: the readiness framework, reference data shared by every organisation. */
@Path("/api/v1/reference/readiness-framework")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "Reference data shared by every organisation: catalogues, templates")
public class ReadinessFrameworkResource {

    private final ReadinessAssessment assessment;
    private final CallerFactory callers;

    public ReadinessFrameworkResource(ReadinessAssessment assessment, CallerFactory callers) {
        this.assessment = assessment;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "getReadinessFramework",
            summary = "The readiness framework for associations",
            description = "Any authenticated user. Eight dimensions, each question a behavioural statement with five "
                    + "described stages; an answer may be \"I don't know\" (stage null), which results count. Versioned: "
                    + "a campaign names the version it was answered against.")
    @APIResponse(
            responseCode = "200",
            description = "The framework in its current version",
            content = @Content(schema = @Schema(implementation = FrameworkView.class)))
    public FrameworkView framework() {
        callers.current();
        return FrameworkView.from(assessment.framework());
    }
}
