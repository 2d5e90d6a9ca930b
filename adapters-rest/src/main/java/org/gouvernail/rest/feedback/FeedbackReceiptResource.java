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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.feedback.Receipt;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.rest.feedback.FeedbackJson.ReceiptFollowUp;
import org.gouvernail.rest.feedback.FeedbackJson.ReceiptMessage;
import org.gouvernail.rest.feedback.FeedbackJson.ReceiptRequest;
import org.gouvernail.rest.shared.LeavesNoTrace;

/**
 * REST resource, public: an anonymous reporter follows their item with the receipt, without an
 * account and without a token. The receipt travels in the body (a URL ends in proxy logs); every
 * call costs a slow hash, and the API's limit for calls without a token applies per address.
 */
@Path("/api/v1/public/organisations/{orgId}/feedback-receipts")
@LeavesNoTrace
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback", description = "Field feedback (boucles de retour)")
public class FeedbackReceiptResource {

    private final FeedbackBox box;

    public FeedbackReceiptResource(FeedbackBox box) {
        this.box = box;
    }

    @POST
    @Path("/status")
    @Operation(
            operationId = "followFeedbackByReceipt",
            summary = "Read one's anonymous item with its receipt (no account)",
            description =
                    "Public. 404 for an unknown receipt, as for an unknown organisation. Rate-limited per address "
                            + "(429 with Retry-After).")
    @APIResponse(
            responseCode = "200",
            description = "The item's status, deadlines, answer and conversation",
            content = @Content(schema = @Schema(implementation = ReceiptFollowUp.class)))
    public ReceiptFollowUp status(@PathParam("orgId") String orgId, @NotNull @Valid ReceiptRequest request) {
        return ReceiptFollowUp.from(box.followByReceipt(organisationId(orgId), request.value()));
    }

    @POST
    @Path("/messages")
    @Operation(
            operationId = "writeFeedbackByReceipt",
            summary = "Write to the handlers with one's receipt (no account)",
            description = "Public. The message is dated to the day and names nobody. 409 once the item is settled.")
    @APIResponse(
            responseCode = "200",
            description = "The item as the reporter reads it, with the new message",
            content = @Content(schema = @Schema(implementation = ReceiptFollowUp.class)))
    @APIResponse(responseCode = "409", description = "Settled item, or 100 messages already")
    public ReceiptFollowUp write(@PathParam("orgId") String orgId, @NotNull @Valid ReceiptMessage message) {
        return ReceiptFollowUp.from(
                box.writeByReceipt(organisationId(orgId), Receipt.typed(message.receipt()), message.text()));
    }
}
