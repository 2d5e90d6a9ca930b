package org.gouvernail.rest.feedback;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.DisclosureRequestId;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.Seen;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.Submitted;
import org.gouvernail.rest.feedback.FeedbackJson.AnonymousReceived;
import org.gouvernail.rest.feedback.FeedbackJson.AnonymousSubmission;
import org.gouvernail.rest.feedback.FeedbackJson.AuthorView;
import org.gouvernail.rest.feedback.FeedbackJson.Closing;
import org.gouvernail.rest.feedback.FeedbackJson.DigestView;
import org.gouvernail.rest.feedback.FeedbackJson.DisclosureDecisionInput;
import org.gouvernail.rest.feedback.FeedbackJson.DisclosureRequestInput;
import org.gouvernail.rest.feedback.FeedbackJson.DisclosureView;
import org.gouvernail.rest.feedback.FeedbackJson.Dismissal;
import org.gouvernail.rest.feedback.FeedbackJson.FollowUpRequestJson;
import org.gouvernail.rest.feedback.FeedbackJson.MessageInput;
import org.gouvernail.rest.feedback.FeedbackJson.Submission;
import org.gouvernail.rest.feedback.FeedbackJson.View;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.LeavesNoTrace;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.RequestProblem;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: the feedback box of an organisation. Every member submits; the handlers (persons
 * of trust and data referents) list, read and handle the items; the anonymous way in keeps nothing
 * of its caller, not even an Idempotency-Key record.
 */
@Path("/api/v1/organisations/{orgId}/feedback")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Feedback",
        description = "Field feedback, identified, confidential or anonymous, acknowledged within 7 days and answered "
                + "within 3 months (boucles de retour)")
public class FeedbackResource {

    private static final String IF_MATCH = "ETag of the feedback item being changed";
    private static final String HANDLERS = "Role: a handler (PERSON_OF_TRUST or DATA_REFERENT). ";

    private final FeedbackBox box;
    private final CallerFactory callers;
    private final Clock clock;

    public FeedbackResource(FeedbackBox box, CallerFactory callers, Clock clock) {
        this.box = box;
        this.callers = callers;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "listFeedback",
            summary = "List the feedback items (handlers)",
            description =
                    HANDLERS + "In id order (ids are random, so this is no order of arrival). An anonymous item "
                            + "shows from the next release boundary (midnight UTC after its day of receipt), with the others of its day.")
    @APIResponse(responseCode = "200", description = "One page of items")
    public Listing<View> list(
            @PathParam("orgId") String orgId, @BeanParam FeedbackListQuery query, @BeanParam PageQuery paging) {
        LocalDate today = today();
        return Pages.listing(
                box.items(callers.current(), organisationId(orgId), query.filter(), paging.request()),
                item -> View.from(item, null, today));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "submitFeedback",
            summary = "Submit an identified or confidential feedback item",
            description =
                    "Role: any active member; the PAPER channel (a transcription) is for handlers. The item starts "
                            + "RECEIVED; it must be acknowledged within 7 days. A CONFIDENTIAL author is shown to the handlers only, "
                            + "and the audit trail names no actor for it.")
    @APIResponse(
            responseCode = "201",
            description = "Received",
            content = @Content(schema = @Schema(implementation = View.class)))
    public Response submit(
            @PathParam("orgId") String orgId, @NotNull @Valid Submission submission, @Context UriInfo uri) {
        IdentityMode mode = submission.identityMode();
        FeedbackItem item = box.submit(callers.current(), organisationId(orgId), submission.draft(), mode);
        return Versions.created(uri, item.id(), item.version(), View.from(item, null, today()));
    }

    @POST
    @Path("/anonymous")
    @LeavesNoTrace
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "submitAnonymousFeedback",
            summary = "Submit an anonymous feedback item",
            description = "Role: any active member (the token proves membership and is then forgotten). Stored: the "
                    + "text, kind, subject, channel and the day; no subject, name, e-mail, address or user agent, a random id, "
                    + "an audit row by \"anonymous\" dated to the day. The Idempotency-Key header is ignored here (its store "
                    + "is keyed by the caller). With receipt true, the answer carries a 16-digit receipt, shown once: "
                    + "POST /api/v1/public/organisations/{orgId}/feedback-receipts/status follows the item with it.")
    @APIResponse(
            responseCode = "201",
            description = "Received; the Location names the item (handlers only can read it there)",
            content = @Content(schema = @Schema(implementation = AnonymousReceived.class)))
    public Response submitAnonymously(
            @PathParam("orgId") String orgId, @NotNull @Valid AnonymousSubmission submission, @Context UriInfo uri) {
        Submitted submitted = box.submitAnonymously(
                callers.current(), organisationId(orgId), submission.draft(), submission.wantsReceipt());
        FeedbackItem item = submitted.item();
        AnonymousReceived body = new AnonymousReceived(
                item.id().value(),
                item.kind(),
                item.status(),
                item.receivedOn(),
                submitted.receipt().map(receipt -> receipt.digits()).orElse(null));
        return Response.created(uri.getBaseUriBuilder()
                        .path("/api/v1/organisations/{orgId}/feedback/{id}")
                        .build(orgId, item.id()))
                .tag(Versions.tag(item.version()))
                .entity(body)
                .build();
    }

    @GET
    @Path("/mine")
    @Operation(
            operationId = "listMyFeedback",
            summary = "The caller's own identified and confidential items",
            description =
                    "Role: any active member. Anonymous items are never listed here: nothing links them to anyone.")
    @APIResponse(responseCode = "200", description = "One page of the caller's items")
    public Listing<View> mine(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        LocalDate today = today();
        return Pages.listing(
                box.mine(callers.current(), organisationId(orgId), paging.request()),
                item -> View.from(item, null, today));
    }

    @GET
    @Path("/{itemId}")
    @Operation(
            operationId = "getFeedback",
            summary = "Read a feedback item",
            description =
                    "Role: a handler (with the author of an identified or confidential item), or the item's author, "
                            + "or ADMIN or COMMITTEE for a CONFIDENTIAL item (without its author, unless a disclosure request of "
                            + "theirs was GRANTED). Any other member gets 403, whether the item exists or not.")
    @APIResponse(
            responseCode = "200",
            description = "The item, with its ETag",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("itemId") String itemId, @Context Request request) {
        Seen seen = box.item(callers.current(), organisationId(orgId), itemId(itemId));
        FeedbackItem item = seen.item();
        return Versions.read(request, item.version(), view(seen));
    }

    @POST
    @Path("/{itemId}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "followUpFeedback",
            summary = "Act on an item and link it both ways: a new risk, or a policy revision",
            description =
                    HANDLERS + "No If-Match: adding overwrites nothing, but the item's ETag moves. RISK raises a risk "
                            + "(the caller needs the right to raise risks: CONTRIBUTOR and up). POLICY_REVISION joins the policy's open "
                            + "version (DRAFT or IN_REVIEW) or opens a new DRAFT (the caller needs the right to draft: ADMIN, COMMITTEE or "
                            + "DATA_REFERENT), with a change note citing the item. Once that version is published, the item shows it in "
                            + "ledTo, for its handlers, its author and, through the receipt, its anonymous reporter.")
    @APIResponse(
            responseCode = "200",
            description = "Linked; the item with its follow-ups",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(
            responseCode = "409",
            description = "Dismissed item, 20 follow-ups already, or refused by the policy area")
    public Response followUp(
            @PathParam("orgId") String orgId,
            @PathParam("itemId") String itemId,
            @NotNull @Valid FollowUpRequestJson request) {
        Seen seen = box.followUp(callers.current(), organisationId(orgId), itemId(itemId), request.toDomain());
        return Versions.changed(seen.item().version(), view(seen));
    }

    @POST
    @Path("/{itemId}/disclosure-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "requestFeedbackDisclosure",
            summary = "Ask to learn who wrote a CONFIDENTIAL item, with a reason",
            description =
                    "Role: ADMIN or COMMITTEE who is not a handler (handlers see the author already). A custodian "
                            + "(PERSON_OF_TRUST or DATA_REFERENT) decides; the request and its decision are recorded and "
                            + "audited, never with the author's identity.")
    @APIResponse(
            responseCode = "201",
            description = "Filed, undecided",
            content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    @APIResponse(responseCode = "409", description = "The item is not CONFIDENTIAL, or the caller is a handler already")
    public Response requestDisclosure(
            @PathParam("orgId") String orgId,
            @PathParam("itemId") String itemId,
            @NotNull @Valid DisclosureRequestInput input) {
        DisclosureRequest request =
                box.requestDisclosure(callers.current(), organisationId(orgId), itemId(itemId), input.reason());
        return Response.status(Response.Status.CREATED)
                .entity(DisclosureView.from(request))
                .build();
    }

    @GET
    @Path("/digest")
    @Operation(
            operationId = "getFeedbackDigest",
            summary = "You said, we did: the feedback of a period and what became of it",
            description = "Role: any active member. Over the items received from `from` to `to` (days, both "
                    + "included; default: the last 90 days; at most 366 days): counts by kind, by outcome and by kind of "
                    + "follow-up, the policy versions they led to, and quotes of the items whose reporter consented "
                    + "(quoteConsent on submission), with no identity, id or date. No count crosses kind and outcome.")
    @APIResponse(
            responseCode = "200",
            description = "The digest",
            content = @Content(schema = @Schema(implementation = DigestView.class)))
    public DigestView digest(
            @PathParam("orgId") String orgId,
            @QueryParam("from")
                    @Parameter(
                            description = "First day, YYYY-MM-DD",
                            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "Last day, YYYY-MM-DD; default today",
                            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
                    String to) {
        LocalDate last = day("to", to).orElse(today());
        LocalDate first = day("from", from).orElse(last.minusDays(89));
        return DigestView.from(box.digest(callers.current(), organisationId(orgId), first, last));
    }

    private static Optional<LocalDate> day(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw RequestProblem.invalidParameter(name, "YYYY-MM-DD");
        }
    }

    @GET
    @Path("/disclosure-requests")
    @Operation(
            operationId = "listPendingFeedbackDisclosures",
            summary = "The disclosure requests waiting for a custodian's decision",
            description = HANDLERS
                    + "In id order; a decided request leaves the list. Each stays on the custodians' to-do list "
                    + "(kind feedback-disclosure.decide) until decided. The requests never hold the author's identity.")
    @APIResponse(responseCode = "200", description = "One page of undecided requests")
    public Listing<DisclosureView> pendingDisclosures(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        return Pages.listing(
                box.pendingDisclosures(callers.current(), organisationId(orgId), paging.request()),
                DisclosureView::from);
    }

    @POST
    @Path("/{itemId}/disclosure-requests/{requestId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "decideFeedbackDisclosure",
            summary = "Grant or refuse a disclosure request, with a reason",
            description = HANDLERS
                    + "Never the requester. Decided once: who and when are recorded and audited. Once GRANTED, the "
                    + "requester reads the item with its author.")
    @APIResponse(
            responseCode = "200",
            description = "Decided",
            content = @Content(schema = @Schema(implementation = DisclosureView.class)))
    @APIResponse(responseCode = "409", description = "Already decided, or the custodian is the requester")
    public DisclosureView decideDisclosure(
            @PathParam("orgId") String orgId,
            @PathParam("itemId") String itemId,
            @PathParam("requestId") String requestId,
            @NotNull @Valid DisclosureDecisionInput input) {
        return DisclosureView.from(box.decideDisclosure(
                callers.current(),
                organisationId(orgId),
                itemId(itemId),
                new DisclosureRequestId(Params.id(requestId, "disclosure-request")),
                input.outcome(),
                input.reason()));
    }

    private View view(Seen seen) {
        FeedbackItem item = seen.item();
        AuthorView author = item.author() == null || !seen.identityShown()
                ? null
                : new AuthorView(item.author().value(), seen.authorName());
        return View.from(item, author, seen.ledTo(), today());
    }

    @POST
    @Path("/{itemId}/acknowledge")
    @Operation(
            operationId = "acknowledgeFeedback",
            summary = "Acknowledge receipt (due 7 days after receipt)",
            description = HANDLERS + "If-Match required. RECEIVED → ACKNOWLEDGED; the 3-month answer deadline starts.")
    @APIResponse(
            responseCode = "200",
            description = "Acknowledged",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Transition refused")
    public Response acknowledge(
            @PathParam("orgId") String orgId,
            @PathParam("itemId") String itemId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        return changed(box.acknowledge(callers.current(), organisationId(orgId), itemId(itemId), expected));
    }

    @POST
    @Path("/{itemId}/triage")
    @Operation(
            operationId = "triageFeedback",
            summary = "Mark a feedback item triaged",
            description = HANDLERS + "If-Match required. ACKNOWLEDGED → TRIAGED.")
    @APIResponse(
            responseCode = "200",
            description = "Triaged",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Transition refused")
    public Response triage(
            @PathParam("orgId") String orgId,
            @PathParam("itemId") String itemId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        return changed(box.triage(callers.current(), organisationId(orgId), itemId(itemId), expected));
    }

    @POST
    @Path("/{itemId}/plan-action")
    @Operation(
            operationId = "planFeedbackAction",
            summary = "Mark that an action is planned",
            description = HANDLERS + "If-Match required. ACKNOWLEDGED or TRIAGED → ACTION_PLANNED.")
    @APIResponse(
            responseCode = "200",
            description = "Action planned",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Transition refused")
    public Response planAction(
            @PathParam("orgId") String orgId,
            @PathParam("itemId") String itemId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        return changed(box.planAction(callers.current(), organisationId(orgId), itemId(itemId), expected));
    }

    @POST
    @Path("/{itemId}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "closeFeedback",
            summary = "Close with the answer to the reporter (due 3 months after the acknowledgement)",
            description = HANDLERS + "If-Match required. An acknowledged open item → CLOSED; the reporter reads the "
                    + "answer (an anonymous one through the receipt).")
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Transition refused (not acknowledged yet, or settled)")
    public Response close(
            @PathParam("orgId") String orgId,
            @PathParam("itemId") String itemId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid Closing closing) {
        long expected = Versions.expected(ifMatch);
        return changed(box.close(callers.current(), organisationId(orgId), itemId(itemId), expected, closing.answer()));
    }

    @POST
    @Path("/{itemId}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "dismissFeedback",
            summary = "Dismiss with a reason",
            description = HANDLERS + "If-Match required. Any open status → DISMISSED.")
    @APIResponse(
            responseCode = "200",
            description = "Dismissed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Already settled")
    public Response dismiss(
            @PathParam("orgId") String orgId,
            @PathParam("itemId") String itemId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid Dismissal dismissal) {
        long expected = Versions.expected(ifMatch);
        return changed(
                box.dismiss(callers.current(), organisationId(orgId), itemId(itemId), expected, dismissal.reason()));
    }

    @POST
    @Path("/{itemId}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "writeFeedbackMessage",
            summary = "Write to the reporter, or to the handlers on one's own item",
            description = "Role: a handler, or the author of an identified or confidential item. No If-Match: adding "
                    + "overwrites nothing, but the item's ETag moves. At most 100 messages; none once settled.")
    @APIResponse(
            responseCode = "200",
            description = "Written",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Settled item, or 100 messages already")
    public Response write(
            @PathParam("orgId") String orgId,
            @PathParam("itemId") String itemId,
            @NotNull @Valid MessageInput message) {
        return changed(box.write(callers.current(), organisationId(orgId), itemId(itemId), message.text()));
    }

    private Response changed(FeedbackItem item) {
        return Versions.changed(item.version(), View.from(item, null, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static FeedbackItemId itemId(String value) {
        return new FeedbackItemId(Params.id(value, "feedback-item"));
    }
}
