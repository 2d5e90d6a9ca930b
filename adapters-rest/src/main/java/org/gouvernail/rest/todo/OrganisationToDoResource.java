package org.gouvernail.rest.todo;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** REST resource: everything due in one organisation, for its coordinators. */
@Path("/api/v1/organisations/{orgId}/todo")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "To-do", description = "What people must do, by when (à faire)")
public class OrganisationToDoResource {

    private final ThingsToDo toDo;
    private final CallerFactory callers;
    private final Clock clock;

    public OrganisationToDoResource(ThingsToDo toDo, CallerFactory callers, Clock clock) {
        this.toDo = toDo;
        this.callers = callers;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "getOrganisationToDo",
            summary = "Everything due in the organisation",
            description = "Role: ADMIN or COMMITTEE. Every member's and every role's items (one item per member and "
                    + "policy version not acknowledged), soonest first, items without a deadline last, at most 200.")
    @APIResponse(responseCode = "200", description = "The organisation's to-do list")
    public ListJson ofOrganisation(
            @PathParam("orgId") String orgId,
            @QueryParam("until")
                    @Parameter(
                            description =
                                    "Items due before this day (2026-12-31) or instant; 30 days ahead by default, "
                                            + "366 at most")
                    String until) {
        return ListJson.from(toDo.of(callers.current(), organisationId(orgId), ToDoJson.until(until, clock)));
    }
}
