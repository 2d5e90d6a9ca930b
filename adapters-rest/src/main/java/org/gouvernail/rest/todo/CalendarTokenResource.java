package org.gouvernail.rest.todo;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.todo.port.in.ThingsToDo;
import org.gouvernail.domain.todo.port.in.ThingsToDo.CalendarToken;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.LeavesNoTrace;

/**
 * REST resource: the caller's calendar-feed token. Issuing it again rotates it (the old address stops
 * working); the token is shown once, in the answer of the POST, with the feed's address.
 */
@Path("/api/v1/me/calendar-token")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "Who I am and where I take part")
public class CalendarTokenResource {

    private final ThingsToDo toDo;
    private final CallerFactory callers;

    public CalendarTokenResource(ThingsToDo toDo, CallerFactory callers) {
        this.toDo = toDo;
        this.callers = callers;
    }

    @Schema(name = "CalendarToken")
    record TokenJson(
            @Schema(
                    maxLength = 43,
                    nullable = true,
                    description = "Shown once, in the answer of the POST; null afterwards")
            String token,

            @Schema(
                    maxLength = 300,
                    nullable = true,
                    description = "The feed's address to paste into Outlook, Thunderbird or Google Calendar")
            String feedUrl,

            Instant issuedAt) {}

    @GET
    @Operation(
            operationId = "getCalendarToken",
            summary = "Whether I have a calendar token, and since when",
            description = "Any authenticated user. The token itself is never shown again (404 when I have none).")
    @APIResponse(responseCode = "200", description = "When my token was issued")
    public TokenJson get() {
        Instant issued =
                toDo.calendarTokenIssuedAt(callers.current()).orElseThrow(() -> new NotFound("calendar-token", "me"));
        return new TokenJson(null, null, issued);
    }

    @POST
    @LeavesNoTrace // the answer carries the token in clear: the Idempotency-Key store must not keep it
    @Operation(
            operationId = "issueCalendarToken",
            summary = "Create or rotate my calendar token",
            description = "Any authenticated user. The previous token, if any, stops working at once.")
    @APIResponse(
            responseCode = "201",
            description = "The new token and the feed's address, shown this once",
            content = @Content(schema = @Schema(implementation = TokenJson.class)))
    public Response issue(@Context UriInfo uri) {
        CalendarToken token = toDo.issueCalendarToken(callers.current());
        String feed = uri.getBaseUriBuilder()
                .path("/api/v1/me/calendar.ics")
                .queryParam("token", token.token())
                .build()
                .toString();
        return Response.status(201)
                .entity(new TokenJson(token.token(), feed, token.issuedAt()))
                .build();
    }

    @DELETE
    @Operation(
            operationId = "revokeCalendarToken",
            summary = "Revoke my calendar token",
            description = "Any authenticated user. The feed's address answers 404 from now on.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke() {
        toDo.revokeCalendarToken(callers.current());
    }
}
