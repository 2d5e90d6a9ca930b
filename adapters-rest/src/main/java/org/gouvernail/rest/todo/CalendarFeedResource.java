package org.gouvernail.rest.todo;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.todo.port.in.ThingsToDo;
import org.gouvernail.domain.todo.port.in.ThingsToDo.ToDoList;

/**
 * REST resource: a person's calendar feed. Calendar applications cannot sign in: the feed is
 * authenticated by its token alone (issued and revoked under /api/v1/me/calendar-token); an unknown or
 * revoked token is a 404, like an address that never existed.
 */
@Path("/api/v1/me/calendar.ics")
@PermitAll
@Tag(name = "Me", description = "Who I am and where I take part")
public class CalendarFeedResource {

    private final ThingsToDo toDo;

    public CalendarFeedResource(ThingsToDo toDo) {
        this.toDo = toDo;
    }

    @GET
    @Produces("text/calendar")
    @SecurityRequirements
    @Operation(
            operationId = "getMyCalendar",
            summary = "My calendar feed (iCalendar)",
            description =
                    "No sign-in: the token names the person. Meetings, review dates and deadlines of my to-do "
                            + "list from a month ago to a year ahead, each an all-day event. 404 for an unknown or revoked token.")
    @APIResponse(
            responseCode = "200",
            description = "An iCalendar document (RFC 5545)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    public Response feed(
            @QueryParam("token") @Parameter(description = "My calendar token", required = true) String token,
            @QueryParam("lang") @Parameter(description = "fr (default), en or nl") String lang,
            @Context UriInfo uri) {
        ToDoList list = toDo.calendar(token);
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return Response.ok(ICalendar.of(list.items(), list.asOf(), Language.of(lang), base), ICalendar.MEDIA_TYPE)
                .header("Cache-Control", "private, max-age=900")
                .build();
    }
}
