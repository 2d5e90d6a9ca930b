package org.gouvernail.rest.readiness;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.readiness.CampaignId;
import org.gouvernail.domain.readiness.ReadinessCampaign;
import org.gouvernail.domain.readiness.ReadinessResponse;
import org.gouvernail.domain.readiness.port.in.ReadinessAssessment;
import org.gouvernail.domain.readiness.port.in.ReadinessAssessment.Results;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.readiness.ReadinessJson.CampaignView;
import org.gouvernail.rest.readiness.ReadinessJson.NewCampaign;
import org.gouvernail.rest.readiness.ReadinessJson.ResponseDraft;
import org.gouvernail.rest.readiness.ReadinessJson.ResponseView;
import org.gouvernail.rest.readiness.ReadinessJson.ResultsView;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.RequestProblem;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: readiness self-assessment campaigns: ADMIN and COMMITTEE open and close them, each
 * member answers for themself, ADMIN, COMMITTEE and VIEWER read the results (never one person's answers).
 */
@Path("/api/v1/organisations/{orgId}/readiness-campaigns")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Readiness",
        description = "Readiness self-assessment, governance profile, practices and roadmap (où en sommes-nous ?)")
public class ReadinessCampaignResource {

    private static final String IF_MATCH = "ETag of the campaign being closed";

    private final ReadinessAssessment assessment;
    private final CallerFactory callers;

    public ReadinessCampaignResource(ReadinessAssessment assessment, CallerFactory callers) {
        this.assessment = assessment;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "listReadinessCampaigns",
            summary = "List the readiness campaigns",
            description = "Role: any active member. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of campaigns")
    public Listing<CampaignView> list(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        return Pages.listing(
                assessment.campaigns(callers.current(), organisationId(orgId), paging.request()), CampaignView::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "openReadinessCampaign",
            summary = "Open a readiness campaign for some groups",
            description = "Role: ADMIN or COMMITTEE. Answered against the framework's current version. anonymous: a "
                    + "group's results show only from 3 respondents, and the audit trail does not name who answered.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response open(@PathParam("orgId") String orgId, @NotNull @Valid NewCampaign body, @Context UriInfo uri) {
        ReadinessCampaign campaign = assessment.openCampaign(
                callers.current(),
                organisationId(orgId),
                new ReadinessAssessment.NewCampaign(
                        body.title(), body.groups(), Boolean.TRUE.equals(body.anonymous())));
        return Versions.created(uri, campaign.id(), campaign.version(), CampaignView.from(campaign));
    }

    @GET
    @Path("/{campaignId}")
    @Operation(
            operationId = "getReadinessCampaign",
            summary = "Read a campaign",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The campaign, with its ETag",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("campaignId") String campaignId, @Context Request request) {
        ReadinessCampaign campaign =
                assessment.campaign(callers.current(), organisationId(orgId), campaignId(campaignId));
        return Versions.read(request, campaign.version(), CampaignView.from(campaign));
    }

    @POST
    @Path("/{campaignId}/close")
    @Operation(
            operationId = "closeReadinessCampaign",
            summary = "Close the campaign: no more answers",
            description = "Role: ADMIN or COMMITTEE. If-Match required.")
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "Already closed")
    public Response close(
            @PathParam("orgId") String orgId,
            @PathParam("campaignId") String campaignId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        ReadinessCampaign closed =
                assessment.closeCampaign(callers.current(), organisationId(orgId), campaignId(campaignId), expected);
        return Versions.changed(closed.version(), CampaignView.from(closed));
    }

    @GET
    @Path("/{campaignId}/my-response")
    @Operation(
            operationId = "getMyReadinessResponse",
            summary = "Read my own answers to the campaign",
            description = "Role: any active member, for their own answers only. 404 until they answered.")
    @APIResponse(
            responseCode = "200",
            description = "My answers, with their ETag",
            content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response myResponse(
            @PathParam("orgId") String orgId, @PathParam("campaignId") String campaignId, @Context Request request) {
        ReadinessResponse response =
                assessment.myResponse(callers.current(), organisationId(orgId), campaignId(campaignId));
        return Versions.read(request, response.version(), ResponseView.from(response));
    }

    @PUT
    @Path("/{campaignId}/my-response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "answerReadinessCampaign",
            summary = "Give (or change) my own answers",
            description = "Role: any active member, answering for themself as one of the invited groups, while the "
                    + "campaign is OPEN. A stage 1–5 per question, or null for \"I don't know\". The first answer needs no "
                    + "If-Match; changing it does (428 without).")
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "409", description = "Campaign closed, or the group is not invited")
    @APIResponse(responseCode = "428", description = "If-Match missing to change an existing response")
    public Response answer(
            @PathParam("orgId") String orgId,
            @PathParam("campaignId") String campaignId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of my response, when changing it") String ifMatch,
            @NotNull @Valid ResponseDraft body) {
        OrganisationId organisation = organisationId(orgId);
        CampaignId campaign = campaignId(campaignId);
        Optional<Long> expected = Optional.ofNullable(ifMatch).map(Versions::expected);
        if (expected.isEmpty() && answered(organisation, campaign)) {
            throw new RequestProblem(428, "precondition-required");
        }
        ReadinessResponse saved =
                assessment.answer(callers.current(), organisation, campaign, body.group(), body.toDomain(), expected);
        return Versions.changed(saved.version(), ResponseView.from(saved));
    }

    @GET
    @Path("/{campaignId}/results")
    @Operation(
            operationId = "getReadinessResults",
            summary = "Results per dimension, overall and per group, with dispersion and trend",
            description = "Role: ADMIN, COMMITTEE or VIEWER. Means of the known stages (\"I don't know\" is counted in "
                    + "dontKnowShare, not in the mean); dispersion is the highest minus the lowest shown group mean, flagged "
                    + "as disagreement from 1.5 stages; in an anonymous campaign a group shows from 3 respondents; trend "
                    + "compares with the previous closed campaign.")
    @APIResponse(
            responseCode = "200",
            description = "The results",
            content = @Content(schema = @Schema(implementation = ResultsView.class)))
    public ResultsView results(@PathParam("orgId") String orgId, @PathParam("campaignId") String campaignId) {
        Results results = assessment.results(callers.current(), organisationId(orgId), campaignId(campaignId));
        return ResultsView.from(results);
    }

    private boolean answered(OrganisationId organisation, CampaignId campaign) {
        try {
            assessment.myResponse(callers.current(), organisation, campaign);
            return true;
        } catch (NotFound e) {
            return false; // not answered yet, or no such campaign: the answer itself then says which
        }
    }

    private static CampaignId campaignId(String value) {
        return new CampaignId(Params.id(value, "readiness-campaign"));
    }
}
