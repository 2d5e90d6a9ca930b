package org.gouvernail.rest.federation;

import static org.gouvernail.rest.federation.FederationResource.changed;
import static org.gouvernail.rest.federation.FederationResource.linkId;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.federation.FederationLink;
import org.gouvernail.domain.federation.port.in.FederationGovernance;
import org.gouvernail.rest.federation.FederationJson.AcceptInput;
import org.gouvernail.rest.federation.FederationJson.ConsentInput;
import org.gouvernail.rest.federation.FederationJson.LinkView;
import org.gouvernail.rest.federation.FederationJson.SnapshotView;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: a member association's side of its federation links: accept or end them, and
 * choose per indicator what each federation may see (sharing consents, revocable).
 */
@Path("/api/v1/organisations/{orgId}/federation-links")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Federations",
        description = "Federations of associations: links, consents, roll-up dashboards (fédérations)")
public class FederationLinkResource {

    private final FederationGovernance federations;
    private final CallerFactory callers;

    public FederationLinkResource(FederationGovernance federations, CallerFactory callers) {
        this.federations = federations;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "listMyFederationLinks",
            summary = "The association's links to federations",
            description = "Role: ADMIN, COMMITTEE, DATA_REFERENT or VIEWER. Oldest first, invitations included.")
    @APIResponse(responseCode = "200", description = "One page of links")
    public Listing<LinkView> links(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        return Pages.listing(
                federations.memberLinks(callers.current(), organisationId(orgId), paging.request()), LinkView::from);
    }

    @GET
    @Path("/{linkId}")
    @Operation(
            operationId = "getMyFederationLink",
            summary = "One federation link, the consents in force and their history",
            description = "Role: ADMIN, COMMITTEE, DATA_REFERENT or VIEWER.")
    @APIResponse(
            responseCode = "200",
            description = "The link, with its ETag",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response link(
            @PathParam("orgId") String orgId, @PathParam("linkId") String linkId, @Context Request request) {
        FederationLink link = federations.memberLink(callers.current(), organisationId(orgId), linkId(linkId));
        return Versions.read(request, link.version(), LinkView.from(link));
    }

    @POST
    @Path("/{linkId}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "acceptFederationInvitation",
            summary = "Accept a federation's invitation",
            description =
                    "Role: ADMIN. If-Match required. The body is optional: a region or sector given replaces "
                            + "the federation's (they are the dashboard's segments). Nothing is shared until a consent is granted.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = AcceptInput.class)))
    @APIResponse(
            responseCode = "200",
            description = "ACTIVE",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "409", description = "Not INVITED (federation-link-status)")
    public Response accept(
            @PathParam("orgId") String orgId,
            @PathParam("linkId") String linkId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the link", required = true) String ifMatch,
            @Valid AcceptInput input) {
        long expected = Versions.expected(ifMatch);
        AcceptInput body = input == null ? new AcceptInput(null, null) : input;
        return changed(federations.accept(
                callers.current(),
                organisationId(orgId),
                linkId(linkId),
                expected,
                FederationJson.region(body.region()),
                body.sector()));
    }

    @POST
    @Path("/{linkId}/end")
    @Operation(
            operationId = "endFederationLinkByMember",
            summary = "Leave a federation (or decline its invitation)",
            description = "Role: ADMIN. If-Match required. Final: the association's snapshots are deleted.")
    @APIResponse(
            responseCode = "200",
            description = "Ended",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "409", description = "Already ENDED (federation-link-status)")
    public Response end(
            @PathParam("orgId") String orgId,
            @PathParam("linkId") String linkId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the link", required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        return changed(federations.endByMember(callers.current(), organisationId(orgId), linkId(linkId), expected));
    }

    @POST
    @Path("/{linkId}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "grantSharingConsent",
            summary = "Share an indicator with the federation (or change the granularity)",
            description = "Role: ADMIN. If-Match required (the link's ETag). Appends a GRANTED entry to the history, "
                    + "audited in both trails. AGGREGATE_ONLY: the value only counts in aggregates that pass disclosure "
                    + "control; NAMED: the association also accepts being named with it. decisionId cites a decision of "
                    + "the association's committee (404 if unknown).")
    @APIResponse(
            responseCode = "200",
            description = "Shared",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "400", description = "Unknown indicator")
    @APIResponse(
            responseCode = "409",
            description = "Link ENDED (federation-link-status) or nothing changes (consent-unchanged)")
    public Response grant(
            @PathParam("orgId") String orgId,
            @PathParam("linkId") String linkId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the link", required = true) String ifMatch,
            @NotNull @Valid ConsentInput input) {
        long expected = Versions.expected(ifMatch);
        return changed(federations.grant(
                callers.current(),
                organisationId(orgId),
                linkId(linkId),
                expected,
                input.indicator().strip(),
                input.granularity(),
                input.decisionId() == null ? null : new DecisionId(input.decisionId())));
    }

    @POST
    @Path("/{linkId}/consents/{indicator}/revoke")
    @Operation(
            operationId = "revokeSharingConsent",
            summary = "Stop sharing an indicator",
            description = "Role: ADMIN. If-Match required (the link's ETag). Appends a REVOKED entry; the indicator's "
                    + "snapshot values of this association are deleted at once, so it leaves every later aggregate.")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "409", description = "Not shared (consent-not-granted)")
    public Response revoke(
            @PathParam("orgId") String orgId,
            @PathParam("linkId") String linkId,
            @PathParam("indicator") @Parameter(description = "An indicator code", schema = @Schema(maxLength = 60))
                    String indicator,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the link", required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        return changed(
                federations.revoke(callers.current(), organisationId(orgId), linkId(linkId), expected, indicator));
    }

    @POST
    @Path("/{linkId}/snapshot")
    @Operation(
            operationId = "takeFederationSnapshot",
            summary = "Send this month's snapshot of the shared indicators now",
            description = "Role: ADMIN. The consented indicators, counted in the registers today, replace this "
                    + "month's snapshot for this federation (the monthly job takes one otherwise).")
    @APIResponse(
            responseCode = "200",
            description = "Taken",
            content = @Content(schema = @Schema(implementation = SnapshotView.class)))
    @APIResponse(responseCode = "409", description = "The link is not ACTIVE (federation-link-status)")
    public SnapshotView snapshot(@PathParam("orgId") String orgId, @PathParam("linkId") String linkId) {
        LocalDate period = federations.snapshot(callers.current(), organisationId(orgId), linkId(linkId));
        return new SnapshotView(period, 1);
    }
}
