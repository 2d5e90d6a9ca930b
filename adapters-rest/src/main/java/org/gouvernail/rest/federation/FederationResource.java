package org.gouvernail.rest.federation;

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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.federation.FederationLink;
import org.gouvernail.domain.federation.FederationLinkId;
import org.gouvernail.domain.federation.Segmentation;
import org.gouvernail.domain.federation.port.in.FederationGovernance;
import org.gouvernail.rest.federation.FederationDashboardJson.DashboardView;
import org.gouvernail.rest.federation.FederationJson.InviteInput;
import org.gouvernail.rest.federation.FederationJson.LinkView;
import org.gouvernail.rest.federation.FederationJson.SnapshotView;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.RequestProblem;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: a federation's side: its member links (invite, suspend, resume, end) and the
 * snapshots of its members' consented indicators. The federation is an organisation of kind
 * FEDERATION; its people are that organisation's members (roles ADMIN, ANALYST).
 */
@Path("/api/v1/federations/{federationId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Federations",
        description = "Federations of associations: links, consents, roll-up dashboards (fédérations)")
public class FederationResource {

    private final FederationGovernance federations;
    private final CallerFactory callers;

    public FederationResource(FederationGovernance federations, CallerFactory callers) {
        this.federations = federations;
        this.callers = callers;
    }

    @POST
    @Path("/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "inviteFederationMember",
            summary = "Invite an association into the federation",
            description = "Role: the federation's ADMIN. The link starts INVITED; the association's ADMIN accepts it "
                    + "(POST /api/v1/organisations/{orgId}/federation-links/{linkId}/accept). An association may belong "
                    + "to several federations, but to each at most once at a time. Audited in both trails.")
    @APIResponse(
            responseCode = "201",
            description = "Invited",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such federation for the caller, or no association of this slug")
    @APIResponse(
            responseCode = "409",
            description = "Not an association (federation-member-not-association), already linked "
                    + "(federation-already-linked), or the federation itself (federation-self-link)")
    public Response invite(
            @PathParam("federationId") String federationId, @NotNull @Valid InviteInput input, @Context UriInfo uri) {
        FederationLink link = federations.invite(
                callers.current(),
                organisationId(federationId),
                input.memberSlug(),
                FederationJson.region(input.region()),
                input.sector());
        return Versions.created(uri, link.id(), link.version(), LinkView.from(link));
    }

    @GET
    @Path("/links")
    @Operation(
            operationId = "listFederationLinks",
            summary = "The federation's member links",
            description = "Role: the federation's ADMIN (an ANALYST reads aggregates only). Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of links")
    public Listing<LinkView> links(@PathParam("federationId") String federationId, @BeanParam PageQuery paging) {
        return Pages.listing(
                federations.links(callers.current(), organisationId(federationId), paging.request()), LinkView::from);
    }

    @GET
    @Path("/links/{linkId}")
    @Operation(
            operationId = "getFederationLink",
            summary = "One member link, its consents and their history",
            description = "Role: the federation's ADMIN.")
    @APIResponse(
            responseCode = "200",
            description = "The link, with its ETag",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response link(
            @PathParam("federationId") String federationId,
            @PathParam("linkId") String linkId,
            @Context Request request) {
        FederationLink link = federations.link(callers.current(), organisationId(federationId), linkId(linkId));
        return Versions.read(request, link.version(), LinkView.from(link));
    }

    @POST
    @Path("/links/{linkId}/suspend")
    @Operation(
            operationId = "suspendFederationLink",
            summary = "Suspend an active member link",
            description = "Role: the federation's ADMIN. If-Match required. The member drops out of every aggregate "
                    + "and no snapshot is taken until resumed; its consents stay.")
    @APIResponse(
            responseCode = "200",
            description = "Suspended",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "409", description = "Not ACTIVE (federation-link-status)")
    public Response suspend(
            @PathParam("federationId") String federationId,
            @PathParam("linkId") String linkId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the link", required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        return changed(federations.suspend(callers.current(), organisationId(federationId), linkId(linkId), expected));
    }

    @POST
    @Path("/links/{linkId}/resume")
    @Operation(
            operationId = "resumeFederationLink",
            summary = "Resume a suspended member link",
            description = "Role: the federation's ADMIN. If-Match required.")
    @APIResponse(
            responseCode = "200",
            description = "Active again",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "409", description = "Not SUSPENDED (federation-link-status)")
    public Response resume(
            @PathParam("federationId") String federationId,
            @PathParam("linkId") String linkId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the link", required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        return changed(federations.resume(callers.current(), organisationId(federationId), linkId(linkId), expected));
    }

    @POST
    @Path("/links/{linkId}/end")
    @Operation(
            operationId = "endFederationLinkByFederation",
            summary = "End a member link",
            description = "Role: the federation's ADMIN. If-Match required. Final: the member's snapshots are deleted.")
    @APIResponse(
            responseCode = "200",
            description = "Ended",
            content = @Content(schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "409", description = "Already ENDED (federation-link-status)")
    public Response end(
            @PathParam("federationId") String federationId,
            @PathParam("linkId") String linkId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the link", required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        return changed(
                federations.endByFederation(callers.current(), organisationId(federationId), linkId(linkId), expected));
    }

    @POST
    @Path("/snapshots")
    @Operation(
            operationId = "takeFederationSnapshots",
            summary = "Take this month's snapshot of every active member now",
            description = "Role: the federation's ADMIN. Each active member's consented indicators, counted in its "
                    + "registers today, replace its snapshot of this month (the monthly job does the same for members "
                    + "without one). The federation never reads live member data: its dashboard reads these snapshots.")
    @APIResponse(
            responseCode = "200",
            description = "Taken",
            content = @Content(schema = @Schema(implementation = SnapshotView.class)))
    public SnapshotView snapshots(@PathParam("federationId") String federationId) {
        var taken = federations.snapshotAll(callers.current(), organisationId(federationId));
        return new SnapshotView(taken.period(), taken.members());
    }

    @GET
    @Path("/dashboard")
    @Operation(
            operationId = "getFederationDashboard",
            summary = "The federation's roll-up dashboard, under disclosure control",
            description = "Role: the federation's ADMIN or ANALYST. From the ACTIVE members' latest snapshots of the "
                    + "indicators they consented to share, never from live member data. Per indicator: the total and, with "
                    + "segment, one cell per predefined segment (size class, region or sector; no free filter). A cell shows "
                    + "only with at least k contributors (a setting, never below 5) and when no member holds more than 60 % "
                    + "of its sum (nor two more than 85 %); other cells are hidden so that a hidden one cannot be recomputed "
                    + "from the totals and the cells shown, in any of the three segmentations. A hidden cell says "
                    + "suppressed (BELOW_K, DOMINANCE or SECONDARY) instead of a number. Per indicator, named lists the "
                    + "values of the members whose consent is NAMED, by name; since the reader knows them, every rule "
                    + "above counts only the contributors not shown by name (a cell needs k unnamed contributors).")
    @APIResponse(
            responseCode = "200",
            description = "The dashboard",
            content = @Content(schema = @Schema(implementation = DashboardView.class)))
    @APIResponse(responseCode = "400", description = "Unknown indicator or segment")
    public DashboardView dashboard(
            @PathParam("federationId") String federationId,
            @QueryParam("indicators")
                    @Parameter(
                            description =
                                    "Indicator codes separated by commas (GET /api/v1/reference/indicators); all by default",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 2000))
                    String indicators,
            @QueryParam("segment")
                    @Parameter(
                            description = "SIZE_CLASS, REGION or SECTOR; the totals only when absent",
                            schema = @Schema(implementation = Segmentation.class))
                    String segment) {
        List<String> codes = indicators == null || indicators.isBlank()
                ? List.of()
                : Arrays.stream(indicators.split(","))
                        .map(String::strip)
                        .filter(code -> !code.isEmpty())
                        .distinct()
                        .toList();
        if (indicators != null && indicators.length() > 2000 || codes.size() > 100) {
            throw RequestProblem.invalidParameter("indicators", "at most 100 codes of the indicator catalogue");
        }
        Segmentation segmentation =
                Params.option("segment", segment, Segmentation.class).orElse(null);
        return DashboardView.from(
                federations.dashboard(callers.current(), organisationId(federationId), codes, segmentation));
    }

    static FederationLinkId linkId(String value) {
        return new FederationLinkId(Params.id(value, "federation-link"));
    }

    static Response changed(FederationLink link) {
        return Versions.changed(link.version(), LinkView.from(link));
    }
}
