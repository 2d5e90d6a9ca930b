package org.gouvernail.rest.feedback;

import static org.gouvernail.rest.shared.Params.organisationId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.Submitted;
import org.gouvernail.rest.feedback.FeedbackJson.AnonymousReceived;
import org.gouvernail.rest.feedback.FeedbackJson.AnonymousSubmission;
import org.gouvernail.rest.shared.LeavesNoTrace;

/**
 * REST resource, public: the anonymous feedback form without any token, the stronger option (no
 * identity provider saw the reporter sign in). Open only where the platform enables it
 * (GOUVERNAIL_FEEDBACK_PUBLIC_FORM); the API's limit for calls without a token applies per address.
 */
@Path("/api/v1/public/organisations/{orgId}/feedback")
@LeavesNoTrace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback", description = "Field feedback (boucles de retour)")
public class FeedbackPublicFormResource {

    private final FeedbackBox box;

    public FeedbackPublicFormResource(FeedbackBox box) {
        this.box = box;
    }

    @POST
    @Operation(
            operationId = "submitPublicFeedback",
            summary = "Submit an anonymous feedback item without an account (public form)",
            description =
                    "Public, no token. Stores what …/feedback/anonymous stores, nothing more. 404 while the platform "
                            + "does not open the public form, as for an unknown organisation. Rate-limited per address (429).")
    @APIResponse(
            responseCode = "201",
            description = "Received",
            content = @Content(schema = @Schema(implementation = AnonymousReceived.class)))
    public Response submit(@PathParam("orgId") String orgId, @NotNull @Valid AnonymousSubmission submission) {
        Submitted submitted = box.submitPublicly(organisationId(orgId), submission.draft(), submission.wantsReceipt());
        FeedbackItem item = submitted.item();
        return Response.status(201)
                .entity(new AnonymousReceived(
                        item.id().value(),
                        item.kind(),
                        item.status(),
                        item.receivedOn(),
                        submitted.receipt().map(receipt -> receipt.digits()).orElse(null)))
                .build();
    }
}
