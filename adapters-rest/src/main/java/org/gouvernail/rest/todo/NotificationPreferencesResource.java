package org.gouvernail.rest.todo;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.todo.DigestFrequency;
import org.gouvernail.domain.todo.NotificationPreferences;
import org.gouvernail.domain.todo.port.in.Reminders;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.RequestProblem;
import org.gouvernail.rest.shared.Versions;

/** REST resource: the e-mails the caller wants, for all their organisations. */
@Path("/api/v1/me/notification-preferences")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "Who I am and where I take part")
public class NotificationPreferencesResource {

    private final Reminders reminders;
    private final CallerFactory callers;

    public NotificationPreferencesResource(Reminders reminders, CallerFactory callers) {
        this.reminders = reminders;
        this.callers = callers;
    }

    @Schema(name = "NotificationPreferences")
    record PreferencesJson(
            @NotNull @Schema(description = "NONE, DAILY or WEEKLY (the first run of the week, Monday morning)")
            DigestFrequency digest,

            @NotNull @Schema(maxLength = 2, description = "fr, en or nl: the language of the mails")
            String language,

            @NotNull @Schema(description = "A mail of its own for a deadline within 24 hours, once per item")
            Boolean immediateReminders) {

        static PreferencesJson from(NotificationPreferences preferences) {
            return new PreferencesJson(
                    preferences.digest(), preferences.language().code(), preferences.immediateReminders());
        }
    }

    @GET
    @Operation(
            operationId = "getNotificationPreferences",
            summary = "My e-mail preferences",
            description = "Any authenticated user. Before any choice: a weekly digest in my first organisation's "
                    + "language and urgent reminders, version 0.")
    @APIResponse(
            responseCode = "200",
            description = "My preferences, with their ETag",
            content = @Content(schema = @Schema(implementation = PreferencesJson.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@Context Request request) {
        NotificationPreferences preferences = reminders.preferences(callers.current());
        return Versions.read(request, preferences.version(), PreferencesJson.from(preferences));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putNotificationPreferences",
            summary = "Choose my e-mails",
            description = "Any authenticated user. If-Match required (\"0\" before the first choice).")
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = PreferencesJson.class)))
    public Response put(
            @HeaderParam("If-Match") @Parameter(description = "ETag of the preferences", required = true)
                    String ifMatch,
            @NotNull @Valid PreferencesJson body) {
        long expected = Versions.expected(ifMatch);
        Language language = Language.find(body.language())
                .filter(found -> found.code().equals(body.language()))
                .orElseThrow(() -> RequestProblem.invalidParameter("language", "fr, en, nl"));
        NotificationPreferences saved = reminders.changePreferences(
                callers.current(), body.digest(), language, body.immediateReminders(), expected);
        return Versions.changed(saved.version(), PreferencesJson.from(saved));
    }
}
