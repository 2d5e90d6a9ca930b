package org.gouvernail.rest.communication;

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
import org.gouvernail.domain.communication.port.in.CommunicationPlanning;
import org.gouvernail.rest.communication.CommunicationJson.TemplateView;
import org.gouvernail.rest.communication.CommunicationJson.Templates;
import org.gouvernail.rest.shared.CallerFactory;

/** REST resource: the reference message templates of the communication plans. */
@Path("/api/v1/reference/communication-templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "Reference data shared by every organisation: catalogues, templates")
public class MessageTemplatesResource {

    private final CommunicationPlanning planning;
    private final CallerFactory callers;

    public MessageTemplatesResource(CommunicationPlanning planning, CallerFactory callers) {
        this.planning = planning;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "getMessageTemplates",
            summary = "Message templates for the communication plans",
            description =
                    "Any authenticated user. Honest messages to start from (what changes, what does not, whom to "
                            + "ask), each with its change stage, the concern it answers and the legal basis it serves, in all "
                            + "their languages (nl is null where not written yet). {subject} stands for the policy or tool announced.")
    @APIResponse(
            responseCode = "200",
            description = "The templates",
            content = @Content(schema = @Schema(implementation = Templates.class)))
    public Templates templates() {
        callers.current();
        return new Templates(
                planning.templates().stream().map(TemplateView::from).toList());
    }
}
