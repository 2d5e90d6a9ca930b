package org.gouvernail.rest.communication;

import static org.gouvernail.rest.shared.Params.organisationId;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.communication.Audience;
import org.gouvernail.domain.communication.ChangeStage;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.CommunicationActionId;
import org.gouvernail.domain.communication.CommunicationFilter;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.communication.CommunicationStatus;
import org.gouvernail.domain.communication.port.in.CommunicationPlanning;
import org.gouvernail.domain.communication.port.in.CommunicationPlanning.Reviewed;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.communication.CommunicationJson.ActionInput;
import org.gouvernail.rest.communication.CommunicationJson.ActionView;
import org.gouvernail.rest.communication.CommunicationJson.Creation;
import org.gouvernail.rest.communication.CommunicationJson.Details;
import org.gouvernail.rest.communication.CommunicationJson.Done;
import org.gouvernail.rest.communication.CommunicationJson.PlanView;
import org.gouvernail.rest.communication.CommunicationJson.ProposalView;
import org.gouvernail.rest.communication.CommunicationJson.ProposalsView;
import org.gouvernail.rest.communication.CommunicationJson.ReviewView;
import org.gouvernail.rest.communication.CommunicationJson.TimelineView;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: the communication and change plans of an organisation, their actions and their
 * review, timeline and proposals. A plan and each action have their own ETag.
 */
@Path("/api/v1/organisations/{orgId}/communication-plans")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Communication",
        description = "Communication and change plan: who is told what, at which stage, by whom; the consultation of "
                + "worker representatives (CCT n° 39, CSE); coverage and proposals")
public class CommunicationPlanResource {

    private static final String PLAN_IF_MATCH = "ETag of the plan being changed";
    private static final String ACTION_IF_MATCH = "ETag of the action being changed";
    private static final String EDITORS = "Role: ADMIN, COMMITTEE or the plan's owner (CONTRIBUTOR and up).";

    private final CommunicationPlanning planning;
    private final CallerFactory callers;
    private final MergePatch mergePatch;

    public CommunicationPlanResource(CommunicationPlanning planning, CallerFactory callers, MergePatch mergePatch) {
        this.planning = planning;
        this.callers = callers;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            operationId = "listCommunicationPlans",
            summary = "List the communication plans",
            description = "Role: any active member. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of plans")
    public Listing<PlanView> list(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        return Pages.listing(
                planning.plans(callers.current(), organisationId(orgId), paging.request()), PlanView::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "drawUpCommunicationPlan",
            summary = "Draw up a communication plan",
            description = "Role: ADMIN or COMMITTEE. The owner must be a member of this organisation (404 otherwise). "
                    + "With changesWork and a go-live date, an employer of 50 or more in Belgium or France owes the "
                    + "consultation of worker representatives: see …/review and …/proposals.")
    @APIResponse(
            responseCode = "201",
            description = "Drawn up",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "Owner removed from the organisation")
    public Response drawUp(@PathParam("orgId") String orgId, @NotNull @Valid Creation creation, @Context UriInfo uri) {
        CommunicationPlan plan = planning.drawUp(callers.current(), organisationId(orgId), creation.toDomain());
        return Versions.created(uri, plan.id(), plan.version(), PlanView.from(plan));
    }

    @GET
    @Path("/{planId}")
    @Operation(operationId = "getCommunicationPlan", summary = "Read a plan", description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The plan, with its ETag",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("planId") String planId, @Context Request request) {
        CommunicationPlan plan = planning.plan(callers.current(), organisationId(orgId), planId(planId));
        return Versions.read(request, plan.version(), PlanView.from(plan));
    }

    @PATCH
    @Path("/{planId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateCommunicationPlan",
            summary = "Change a plan (JSON merge patch)",
            description = EDITORS + " If-Match required. The consultation due date follows the go-live date.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response update(
            @PathParam("orgId") String orgId,
            @PathParam("planId") String planId,
            @HeaderParam("If-Match") @Parameter(description = PLAN_IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = Details.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        CommunicationPlanId id = planId(planId);
        long expected = Versions.expected(ifMatch);
        CommunicationPlan current = planning.plan(callers.current(), organisation, id);
        Details changed = mergePatch.apply(Details.from(current.details()), patch, Details.class);
        CommunicationPlan updated = planning.update(callers.current(), organisation, id, expected, changed.toDomain());
        return Versions.changed(updated.version(), PlanView.from(updated));
    }

    @GET
    @Path("/{planId}/review")
    @Operation(
            operationId = "reviewCommunicationPlan",
            summary = "What the plan owes and how far it got: consultation step, warnings, coverage",
            description = "Role: any active member. The consultation step appears for an employer of 50 or more in "
                    + "Belgium (due three months before go-live, CCT n° 39) or France (CSE, due one month before go-live, "
                    + "the default time limit for its opinion), when the plan changes how people work; late when its due "
                    + "date has passed. Coverage: each audience of the plan's actions at each change stage.")
    @APIResponse(
            responseCode = "200",
            description = "The review, as of today",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public ReviewView review(@PathParam("orgId") String orgId, @PathParam("planId") String planId) {
        Reviewed reviewed = planning.review(callers.current(), organisationId(orgId), planId(planId));
        return ReviewView.from(reviewed.review());
    }

    @GET
    @Path("/{planId}/timeline")
    @Operation(
            operationId = "getCommunicationTimeline",
            summary = "The plan's milestones and actions in date order",
            description =
                    "Role: any active member. Period start and end, consultation due date, go-live, and each action "
                            + "on the day it happened or is planned.")
    @APIResponse(
            responseCode = "200",
            description = "The timeline",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    public TimelineView timeline(@PathParam("orgId") String orgId, @PathParam("planId") String planId) {
        return TimelineView.from(planning.timeline(callers.current(), organisationId(orgId), planId(planId)));
    }

    @GET
    @Path("/{planId}/proposals")
    @Operation(
            operationId = "getCommunicationProposals",
            summary = "Actions the plan should hold and does not yet",
            description =
                    "Role: any active member. Computed from the law, the plan and the registers at each call: the "
                            + "consultation of worker representatives while no action carries it; a message on jobs when the "
                            + "change automates tasks; an announcement to everyone of each policy version in force (with its "
                            + "easy-to-read summary) and to its teams of each approved tool that no action of the plan names. "
                            + "Messages in the organisation's language.")
    @APIResponse(
            responseCode = "200",
            description = "The proposals",
            content = @Content(schema = @Schema(implementation = ProposalsView.class)))
    public ProposalsView proposals(@PathParam("orgId") String orgId, @PathParam("planId") String planId) {
        return new ProposalsView(planning.proposals(callers.current(), organisationId(orgId), planId(planId)).stream()
                .map(ProposalView::from)
                .toList());
    }

    @GET
    @Path("/{planId}/actions")
    @Operation(
            operationId = "listCommunicationActions",
            summary = "List the actions of a plan",
            description = "Role: any active member. Oldest first; filters combine.")
    @APIResponse(responseCode = "200", description = "One page of actions")
    public Listing<ActionView> actions(
            @PathParam("orgId") String orgId,
            @PathParam("planId") String planId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = CommunicationStatus.class))
                    String status,
            @QueryParam("audience") @Parameter(schema = @Schema(implementation = Audience.class)) String audience,
            @QueryParam("stage") @Parameter(schema = @Schema(implementation = ChangeStage.class)) String stage,
            @BeanParam PageQuery paging) {
        CommunicationFilter filter = new CommunicationFilter(
                Params.option("status", status, CommunicationStatus.class),
                Params.option("audience", audience, Audience.class),
                Params.option("stage", stage, ChangeStage.class));
        return Pages.listing(
                planning.actions(callers.current(), organisationId(orgId), planId(planId), filter, paging.request()),
                ActionView::from);
    }

    @POST
    @Path("/{planId}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "planCommunicationAction",
            summary = "Plan an action",
            description =
                    EDITORS + " The sender must be a member of this organisation (404 otherwise). It starts PLANNED.")
    @APIResponse(
            responseCode = "201",
            description = "Planned",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "409", description = "Sender removed, or 200 actions already")
    public Response planAction(
            @PathParam("orgId") String orgId,
            @PathParam("planId") String planId,
            @NotNull @Valid ActionInput input,
            @Context UriInfo uri) {
        CommunicationAction action =
                planning.planAction(callers.current(), organisationId(orgId), planId(planId), input.toDomain());
        return Versions.created(uri, action.id(), action.version(), ActionView.from(action));
    }

    @GET
    @Path("/{planId}/actions/{actionId}")
    @Operation(
            operationId = "getCommunicationAction",
            summary = "Read an action",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The action, with its ETag",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response action(
            @PathParam("orgId") String orgId,
            @PathParam("planId") String planId,
            @PathParam("actionId") String actionId,
            @Context Request request) {
        CommunicationAction action =
                planning.action(callers.current(), organisationId(orgId), planId(planId), actionId(actionId));
        return Versions.read(request, action.version(), ActionView.from(action));
    }

    @PATCH
    @Path("/{planId}/actions/{actionId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateCommunicationAction",
            summary = "Change an open action (JSON merge patch)",
            description = EDITORS + " If-Match required. A DONE or CANCELLED action is kept as it was (409).")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "409", description = "Done or cancelled, or sender removed")
    public Response updateAction(
            @PathParam("orgId") String orgId,
            @PathParam("planId") String planId,
            @PathParam("actionId") String actionId,
            @HeaderParam("If-Match") @Parameter(description = ACTION_IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = ActionInput.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        CommunicationPlanId plan = planId(planId);
        CommunicationActionId id = actionId(actionId);
        long expected = Versions.expected(ifMatch);
        CommunicationAction current = planning.action(callers.current(), organisation, plan, id);
        ActionInput changed = mergePatch.apply(ActionInput.from(current.details()), patch, ActionInput.class);
        CommunicationAction updated =
                planning.updateAction(callers.current(), organisation, plan, id, expected, changed.toDomain());
        return Versions.changed(updated.version(), ActionView.from(updated));
    }

    @POST
    @Path("/{planId}/actions/{actionId}/mark-ready")
    @Operation(
            operationId = "markCommunicationActionReady",
            summary = "The message is written and checked",
            description = EDITORS + " Or the action's sender. If-Match required. PLANNED → READY.")
    @APIResponse(
            responseCode = "200",
            description = "Ready",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "409", description = "Not PLANNED")
    public Response markReady(
            @PathParam("orgId") String orgId,
            @PathParam("planId") String planId,
            @PathParam("actionId") String actionId,
            @HeaderParam("If-Match") @Parameter(description = ACTION_IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        CommunicationAction moved = planning.markReady(
                callers.current(), organisationId(orgId), planId(planId), actionId(actionId), expected);
        return Versions.changed(moved.version(), ActionView.from(moved));
    }

    @POST
    @Path("/{planId}/actions/{actionId}/mark-done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "markCommunicationActionDone",
            summary = "The action happened: its date and the people it reached",
            description = EDITORS + " Or the action's sender. If-Match required. PLANNED or READY → DONE; the date "
                    + "defaults to today and is never in the future.")
    @RequestBody(required = false, content = @Content(schema = @Schema(implementation = Done.class)))
    @APIResponse(
            responseCode = "200",
            description = "Done",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "409", description = "Already done or cancelled, or a date in the future")
    public Response markDone(
            @PathParam("orgId") String orgId,
            @PathParam("planId") String planId,
            @PathParam("actionId") String actionId,
            @HeaderParam("If-Match") @Parameter(description = ACTION_IF_MATCH, required = true) String ifMatch,
            @Valid Done done) {
        long expected = Versions.expected(ifMatch);
        CommunicationAction moved = planning.markDone(
                callers.current(),
                organisationId(orgId),
                planId(planId),
                actionId(actionId),
                expected,
                done == null ? null : done.doneOn(),
                done == null ? null : done.peopleReached());
        return Versions.changed(moved.version(), ActionView.from(moved));
    }

    @POST
    @Path("/{planId}/actions/{actionId}/cancel")
    @Operation(
            operationId = "cancelCommunicationAction",
            summary = "Cancel an open action",
            description = EDITORS + " If-Match required. PLANNED or READY → CANCELLED; it stays in the record.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "409", description = "Already done or cancelled")
    public Response cancel(
            @PathParam("orgId") String orgId,
            @PathParam("planId") String planId,
            @PathParam("actionId") String actionId,
            @HeaderParam("If-Match") @Parameter(description = ACTION_IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        CommunicationAction moved =
                planning.cancel(callers.current(), organisationId(orgId), planId(planId), actionId(actionId), expected);
        return Versions.changed(moved.version(), ActionView.from(moved));
    }

    private static CommunicationPlanId planId(String value) {
        return new CommunicationPlanId(Params.id(value, "communication-plan"));
    }

    private static CommunicationActionId actionId(String value) {
        return new CommunicationActionId(Params.id(value, "communication-action"));
    }
}
