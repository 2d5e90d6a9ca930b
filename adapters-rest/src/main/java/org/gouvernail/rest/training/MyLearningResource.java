package org.gouvernail.rest.training;

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
import org.gouvernail.domain.training.port.in.LiteracyPlanning;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.training.LiteracyJson.MyLearning;
import org.gouvernail.rest.training.LiteracyJson.OrganisationLearning;

/** REST resource: what the literacy requirements ask of the caller, in each organisation where they are active. */
@Path("/api/v1/me/learning")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "Who I am and where I take part")
public class MyLearningResource {

    private final LiteracyPlanning planning;
    private final CallerFactory callers;

    public MyLearningResource(LiteracyPlanning planning, CallerFactory callers) {
        this.planning = planning;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "getMyLearning",
            summary = "What I must follow, and by when, across my organisations",
            description =
                    "Any authenticated user. For each organisation with active literacy requirements that concern "
                            + "me: each required module, its requirement (with the rationale), the day it is due and whether it "
                            + "is MET, DUE or OVERDUE; overdue first, then by due day.")
    @APIResponse(
            responseCode = "200",
            description = "My learning",
            content = @Content(schema = @Schema(implementation = MyLearning.class)))
    public MyLearning mine() {
        return new MyLearning(planning.myLearning(callers.current()).stream()
                .map(OrganisationLearning::from)
                .toList());
    }
}
