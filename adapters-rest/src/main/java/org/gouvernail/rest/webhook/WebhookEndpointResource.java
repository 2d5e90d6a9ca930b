package org.gouvernail.rest.webhook;

import static org.gouvernail.rest.shared.Params.organisationId;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.webhook.Delivery;
import org.gouvernail.domain.webhook.EndpointId;
import org.gouvernail.domain.webhook.WebhookEndpoint;
import org.gouvernail.domain.webhook.port.in.WebhookSubscriptions;
import org.gouvernail.domain.webhook.port.in.WebhookSubscriptions.Created;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;
import org.gouvernail.rest.webhook.WebhookJson.AttemptView;
import org.gouvernail.rest.webhook.WebhookJson.DeliveryView;
import org.gouvernail.rest.webhook.WebhookJson.Input;
import org.gouvernail.rest.webhook.WebhookJson.Replay;
import org.gouvernail.rest.webhook.WebhookJson.Replayed;
import org.gouvernail.rest.webhook.WebhookJson.View;
import org.gouvernail.rest.webhook.WebhookJson.WithSecret;

/**
 * REST resource: an organisation's webhook endpoints (Standard Webhooks 1.0), their secrets, their
 * delivery log, replays and the test event. ADMIN only: the log shows what the intranet answered.
 */
@Path("/api/v1/organisations/{orgId}/webhook-endpoints")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Webhooks",
        description = "Signed deliveries of the public events to an organisation's intranet (Standard Webhooks 1.0)")
public class WebhookEndpointResource {

    private static final String IF_MATCH = "ETag of the endpoint";

    private final WebhookSubscriptions subscriptions;
    private final CallerFactory callers;
    private final MergePatch mergePatch;

    public WebhookEndpointResource(WebhookSubscriptions subscriptions, CallerFactory callers, MergePatch mergePatch) {
        this.subscriptions = subscriptions;
        this.callers = callers;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            operationId = "listWebhookEndpoints",
            summary = "List the webhook endpoints",
            description = "Role: ADMIN.")
    @APIResponse(responseCode = "200", description = "One page of endpoints, oldest first")
    public Listing<View> list(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        return Pages.listing(
                subscriptions.endpoints(callers.current(), organisationId(orgId), paging.request()), View::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhookEndpoint",
            summary = "Subscribe an endpoint; its secret is shown this once",
            description =
                    "Role: ADMIN. At most 20 endpoints per organisation. The URL must be https; private, loopback "
                            + "and link-local addresses are refused at send time unless the operator allowed their range.")
    @APIResponse(
            responseCode = "201",
            description = "Created, with its secret (whsec_…)",
            content = @Content(schema = @Schema(implementation = WithSecret.class)))
    @APIResponse(responseCode = "409", description = "Already 20 endpoints (webhook-endpoints-full)")
    public Response create(@PathParam("orgId") String orgId, @NotNull @Valid Input input, @Context UriInfo uri) {
        Created created = subscriptions.create(
                callers.current(), organisationId(orgId), input.toDomain(subscriptions.plainHttpAllowed()));
        return Versions.created(
                uri,
                created.endpoint().id(),
                created.endpoint().version(),
                WithSecret.from(created.endpoint(), created.secret().value()));
    }

    @GET
    @Path("/{endpointId}")
    @Operation(
            operationId = "getWebhookEndpoint",
            summary = "Read an endpoint (without its secret)",
            description = "Role: ADMIN.")
    @APIResponse(
            responseCode = "200",
            description = "The endpoint, with its ETag",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("endpointId") String endpointId, @Context Request request) {
        WebhookEndpoint endpoint = subscriptions.endpoint(callers.current(), organisationId(orgId), id(endpointId));
        return Versions.read(request, endpoint.version(), View.from(endpoint));
    }

    @PATCH
    @Path("/{endpointId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateWebhookEndpoint",
            summary = "Change an endpoint (JSON merge patch): URL, description, types, status",
            description =
                    "Role: ADMIN. If-Match required. Setting ACTIVE again after the platform disabled it forgets the "
                            + "failures; the deliveries still PENDING are then sent, the events missed meanwhile can be replayed.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = View.class)))
    public Response update(
            @PathParam("orgId") String orgId,
            @PathParam("endpointId") String endpointId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = Input.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        EndpointId id = id(endpointId);
        long expected = Versions.expected(ifMatch);
        WebhookEndpoint current = subscriptions.endpoint(callers.current(), organisation, id);
        Input changed = mergePatch.apply(Input.from(current), patch, Input.class);
        WebhookEndpoint updated = subscriptions.update(
                callers.current(), organisation, id, expected, changed.toDomain(subscriptions.plainHttpAllowed()));
        return Versions.changed(updated.version(), View.from(updated));
    }

    @DELETE
    @Path("/{endpointId}")
    @Operation(
            operationId = "removeWebhookEndpoint",
            summary = "Unsubscribe an endpoint, with its deliveries and log",
            description = "Role: ADMIN. If-Match required.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void remove(
            @PathParam("orgId") String orgId,
            @PathParam("endpointId") String endpointId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        subscriptions.remove(callers.current(), organisationId(orgId), id(endpointId), expected);
    }

    @POST
    @Path("/{endpointId}/rotate-secret")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Replace the secret; the previous one keeps signing for 24 hours",
            description = "Role: ADMIN. If-Match required. For 24 hours every delivery carries two signatures (new and "
                    + "previous), so the receiver can switch without losing a delivery.")
    @APIResponse(
            responseCode = "200",
            description = "The endpoint with its new secret, shown this once",
            content = @Content(schema = @Schema(implementation = WithSecret.class)))
    public Response rotate(
            @PathParam("orgId") String orgId,
            @PathParam("endpointId") String endpointId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        Created rotated = subscriptions.rotate(callers.current(), organisationId(orgId), id(endpointId), expected);
        return Versions.changed(
                rotated.endpoint().version(),
                WithSecret.from(rotated.endpoint(), rotated.secret().value()));
    }

    @POST
    @Path("/{endpointId}/test")
    @Operation(
            operationId = "testWebhookEndpoint",
            summary = "Send a webhook.test event to this endpoint only",
            description = "Role: ADMIN. The delivery is scheduled at once; its attempts show in the log.")
    @APIResponse(
            responseCode = "202",
            description = "Scheduled",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response test(@PathParam("orgId") String orgId, @PathParam("endpointId") String endpointId) {
        Delivery delivery = subscriptions.test(callers.current(), organisationId(orgId), id(endpointId));
        return Response.accepted(DeliveryView.from(delivery)).build();
    }

    @GET
    @Path("/{endpointId}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "The deliveries of an endpoint, newest first",
            description = "Role: ADMIN.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    public Listing<DeliveryView> deliveries(
            @PathParam("orgId") String orgId, @PathParam("endpointId") String endpointId, @BeanParam PageQuery paging) {
        return Pages.listing(
                subscriptions.deliveries(callers.current(), organisationId(orgId), id(endpointId), paging.request()),
                DeliveryView::from);
    }

    @GET
    @Path("/{endpointId}/attempts")
    @Operation(
            operationId = "listWebhookAttempts",
            summary = "The delivery log: every attempt, newest first",
            description =
                    "Role: ADMIN. Attempt number, time, HTTP status, duration, error and the first kilobyte of the answer.")
    @APIResponse(responseCode = "200", description = "One page of attempts")
    public Listing<AttemptView> attempts(
            @PathParam("orgId") String orgId, @PathParam("endpointId") String endpointId, @BeanParam PageQuery paging) {
        return Pages.listing(
                subscriptions.attempts(callers.current(), organisationId(orgId), id(endpointId), paging.request()),
                AttemptView::from);
    }

    @POST
    @Path("/{endpointId}/deliveries/{deliveryId}/replay")
    @Operation(
            operationId = "replayWebhookDelivery",
            summary = "Send one delivery's event again",
            description = "Role: ADMIN. A new delivery of the same event: the receiver gets the same webhook-id.")
    @APIResponse(
            responseCode = "202",
            description = "Scheduled",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response replay(
            @PathParam("orgId") String orgId,
            @PathParam("endpointId") String endpointId,
            @PathParam("deliveryId") String deliveryId) {
        Delivery delivery = subscriptions.replay(
                callers.current(), organisationId(orgId), id(endpointId), Params.id(deliveryId, "webhook-delivery"));
        return Response.accepted(DeliveryView.from(delivery)).build();
    }

    @POST
    @Path("/{endpointId}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replayWebhookEvents",
            summary = "Send again every event of a time range the endpoint wants",
            description = "Role: ADMIN. Events of [from, to), oldest first, at most 1 000; each keeps its webhook-id.")
    @APIResponse(
            responseCode = "202",
            description = "Scheduled",
            content = @Content(schema = @Schema(implementation = Replayed.class)))
    public Response replayRange(
            @PathParam("orgId") String orgId,
            @PathParam("endpointId") String endpointId,
            @NotNull @Valid Replay range) {
        int count = subscriptions.replay(
                callers.current(), organisationId(orgId), id(endpointId), range.from(), range.to());
        return Response.accepted(new Replayed(count)).build();
    }

    private static EndpointId id(String value) {
        return new EndpointId(Params.id(value, "webhook-endpoint"));
    }
}
