package org.gouvernail.rest.todo;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.todo.port.in.ThingsToDo;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.todo.ToDoJson.ListJson;

/** REST resource: what the caller must do, in every organisation where they are an active member. */
@Path("/api/v1/me/todo")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "Who I am and where I take part")
public class MyToDoResource {

    private final ThingsToDo toDo;
    private final CallerFactory callers;
    private final Clock clock;

    public MyToDoResource(ThingsToDo toDo, CallerFactory callers, Clock clock) {
        this.toDo = toDo;
        this.callers = callers;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "getMyToDo",
            summary = "What I must do, across my organisations",
            description =
                    "Any authenticated user. Policy versions to acknowledge, approval requests to decide, meetings, "
                            + "reviews of decisions and risks, mitigation actions, assessments to validate: assigned to me by name "
                            + "or through a role I hold. Soonest first, items without a deadline last, at most 200.")
    @APIResponse(responseCode = "200", description = "My to-do list")
    public ListJson mine(
            @QueryParam("until")
                    @Parameter(
                            description =
                                    "Items due before this day (2026-12-31) or instant; 30 days ahead by default, "
                                            + "366 at most")
                    String until) {
        return ListJson.from(toDo.mine(callers.current(), ToDoJson.until(until, clock)));
    }
}
