package org.gouvernail.rest.webhook;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.webhook.PublicEvents;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.LocalizedText;
import org.gouvernail.rest.webhook.WebhookJson.EventTypeView;
import org.gouvernail.rest.webhook.WebhookJson.EventTypes;

/** REST resource: the public event types webhooks deliver, with their payload schema. */
@Path("/api/v1/reference/event-types")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "Reference data shared by every organisation: catalogues, templates")
public class EventTypeResource {

    private final CallerFactory callers;

    public EventTypeResource(CallerFactory callers) {
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "getEventTypes",
            summary = "The public event types and their payload schema",
            description =
                    "Any authenticated user. Every type in all its languages, and the JSON Schema of the body every "
                            + "delivery sends (the same for every type: thin, with links to fetch the subject). The OpenAPI document "
                            + "lists the same under webhooks.")
    @APIResponse(
            responseCode = "200",
            description = "The types",
            content = @Content(schema = @Schema(implementation = EventTypes.class)))
    public EventTypes eventTypes() {
        callers.current();
        List<EventTypeView> items = PublicEvents.types().stream()
                .map(type ->
                        new EventTypeView(type, PublicEvents.VERSION, LocalizedText.of(PublicEvents.description(type))))
                .toList();
        return new EventTypes(items, WebhookPayload.schema());
    }
}
