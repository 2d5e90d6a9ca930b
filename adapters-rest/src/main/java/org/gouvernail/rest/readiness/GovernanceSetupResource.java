package org.gouvernail.rest.readiness;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.readiness.GovernanceSetup;
import org.gouvernail.domain.readiness.Practice;
import org.gouvernail.domain.readiness.RoadmapAction;
import org.gouvernail.domain.readiness.port.in.ReadinessAssessment;
import org.gouvernail.domain.readiness.port.in.ReadinessAssessment.Accepted;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.readiness.ReadinessJson.AcceptedView;
import org.gouvernail.rest.readiness.ReadinessJson.JourneyStepView;
import org.gouvernail.rest.readiness.ReadinessJson.JourneyView;
import org.gouvernail.rest.readiness.ReadinessJson.PracticeDraft;
import org.gouvernail.rest.readiness.ReadinessJson.PracticesView;
import org.gouvernail.rest.readiness.ReadinessJson.ProfileDraft;
import org.gouvernail.rest.readiness.ReadinessJson.ProfileView;
import org.gouvernail.rest.readiness.ReadinessJson.RoadmapItemView;
import org.gouvernail.rest.readiness.ReadinessJson.RoadmapView;
import org.gouvernail.rest.readiness.ReadinessJson.StepDraft;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.RequestProblem;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: the organisation's governance setup: the profile sized to it, the recommended
 * practices applied or explained, the roadmap of first actions and the setup journey. The setup has
 * one ETag for all of it.
 */
@Path("/api/v1/organisations/{orgId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Readiness",
        description = "Readiness self-assessment, governance profile, practices and roadmap (où en sommes-nous ?)")
public class GovernanceSetupResource {

    private static final String IF_MATCH = "ETag of the governance profile (the setup's one version)";
    private static final String GOVERNORS = "Role: ADMIN or COMMITTEE. If-Match required (the profile's ETag). ";

    private final ReadinessAssessment assessment;
    private final CallerFactory callers;

    public GovernanceSetupResource(ReadinessAssessment assessment, CallerFactory callers) {
        this.assessment = assessment;
        this.callers = callers;
    }

    @GET
    @Path("/governance-profile")
    @Operation(
            operationId = "getGovernanceProfile",
            summary = "Read the governance profile and its defaults",
            description = "Role: any active member. 404 until it is set.")
    @APIResponse(
            responseCode = "200",
            description = "The profile, with its ETag",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response profile(@PathParam("orgId") String orgId, @Context Request request) {
        GovernanceSetup setup = assessment.setup(callers.current(), organisationId(orgId));
        return Versions.read(request, setup.version(), ProfileView.from(setup));
    }

    @PUT
    @Path("/governance-profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setGovernanceProfile",
            summary = "Set the facts; the profile is proposed from them, or overridden with a reason",
            description =
                    "Role: ADMIN or COMMITTEE. Rules, first that holds: federation → FEDERATION; 2 countries or more, "
                            + "or 250 staff or more → LARGE_INTERNATIONAL; 10 staff or more, or 50 volunteers or more, or vulnerable "
                            + "beneficiaries met directly by 10 people or more → MID_SIZE; otherwise SMALL_LOCAL. Another profile "
                            + "needs overrideReason (400 otherwise). The first PUT needs no If-Match; later ones do (428 without).")
    @APIResponse(
            responseCode = "200",
            description = "Set",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing to change the profile")
    public Response setProfile(
            @PathParam("orgId") String orgId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH) String ifMatch,
            @NotNull @Valid ProfileDraft body) {
        OrganisationId organisation = organisationId(orgId);
        Optional<Long> expected = Optional.ofNullable(ifMatch).map(Versions::expected);
        if (expected.isEmpty() && exists(organisation)) {
            throw new RequestProblem(428, "precondition-required");
        }
        GovernanceSetup setup = assessment.setProfile(
                callers.current(), organisation, expected, body.facts(), body.profile(), body.overrideReason());
        return Versions.changed(setup.version(), ProfileView.from(setup));
    }

    @GET
    @Path("/governance-practices")
    @Operation(
            operationId = "listGovernancePractices",
            summary = "The recommended practices, applied or explained",
            description = "Role: any active member. The practices recommended to the profile with each decision; "
                    + "explained lists those NOT_APPLIED with their explanation, for the board reports.")
    @APIResponse(
            responseCode = "200",
            description = "The practices, with the profile's ETag",
            content = @Content(schema = @Schema(implementation = PracticesView.class)))
    public Response practices(@PathParam("orgId") String orgId, @Context Request request) {
        GovernanceSetup setup = assessment.setup(callers.current(), organisationId(orgId));
        return Versions.read(request, setup.version(), PracticesView.from(setup));
    }

    @PUT
    @Path("/governance-practices/{practice}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "decideGovernancePractice",
            summary = "Apply or explain one practice",
            description = GOVERNORS + "NOT_APPLIED needs a written explanation (400 explanation-required otherwise).")
    @APIResponse(
            responseCode = "200",
            description = "Decided",
            content = @Content(schema = @Schema(implementation = PracticesView.class)))
    public Response decide(
            @PathParam("orgId") String orgId,
            @PathParam("practice") @Parameter(schema = @Schema(implementation = Practice.class)) String practice,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid PracticeDraft body) {
        long expected = Versions.expected(ifMatch);
        GovernanceSetup setup = assessment.decidePractice(
                callers.current(),
                organisationId(orgId),
                expected,
                code(practice, Practice.class, "practice"),
                body.status(),
                body.explanation());
        return Versions.changed(setup.version(), PracticesView.from(setup));
    }

    @GET
    @Path("/roadmap")
    @Operation(
            operationId = "getRoadmap",
            summary = "The roadmap of first actions, sized to the profile",
            description =
                    "Role: any active member. Derived from the latest closed campaign (every action while there is "
                            + "none): an action is proposed when one of its dimensions is below 3.5, unknown, or its groups "
                            + "disagree; weakest first; accepted or skipped ones stay listed with their status.")
    @APIResponse(
            responseCode = "200",
            description = "The roadmap, with the profile's ETag",
            content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    public Response roadmap(@PathParam("orgId") String orgId, @Context Request request) {
        ReadinessAssessment.RoadmapView view = assessment.roadmap(callers.current(), organisationId(orgId));
        return Versions.read(
                request,
                view.setup().version(),
                view.basedOn().map(id -> id.value().toString().substring(0, 8)).orElse(null),
                new RoadmapView(
                        view.setup().chosen(),
                        view.basedOn().map(id -> id.value()).orElse(null),
                        view.items().stream().map(RoadmapItemView::from).toList()));
    }

    @POST
    @Path("/roadmap/{action}/accept")
    @Operation(
            operationId = "acceptRoadmapAction",
            summary = "Accept an action: it creates its object",
            description = "Role: ADMIN or COMMITTEE. ADOPT_POLICY: a DRAFT policy from the profile's template; "
                    + "COMMITTEE_CHARTER: the committee's charter sized to the profile (members kept); FIRST_TRAINING: the "
                    + "catalogue's introduction module, published, and a session in 30 days; LITERACY_REQUIREMENT: a "
                    + "MANDATORY onboarding requirement for STAFF and VOLUNTEER on the catalogue modules IA-101, IA-102 "
                    + "and IA-103 (the organisation's modules with these codes when it has them, copied and published "
                    + "otherwise), refreshed after the profile's training validity; DECLARE_TOOLS: a communication plan "
                    + "asking staff and volunteers to declare the AI tools they use. Idempotent: accepting again creates "
                    + "nothing and answers created=false. Needs no If-Match (a second call must not fail).")
    @APIResponse(
            responseCode = "200",
            description = "Accepted, with the profile's new ETag",
            content = @Content(schema = @Schema(implementation = AcceptedView.class)))
    @APIResponse(responseCode = "409", description = "The registers refused the object (e.g. roadmap-module-retired)")
    public Response accept(
            @PathParam("orgId") String orgId,
            @PathParam("action") @Parameter(schema = @Schema(implementation = RoadmapAction.class)) String action) {
        Accepted accepted = assessment.accept(
                callers.current(), organisationId(orgId), code(action, RoadmapAction.class, "roadmap-action"));
        return Versions.changed(
                accepted.setup().version(),
                new AcceptedView(RoadmapItemView.from(accepted.item()), accepted.created()));
    }

    @POST
    @Path("/roadmap/{action}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "markRoadmapStep",
            summary = "Mark an action's step (IN_PROGRESS, DONE, SKIPPED)",
            description = GOVERNORS + "An action that created its object cannot go back to NOT_STARTED (409).")
    @APIResponse(
            responseCode = "200",
            description = "Marked",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "409", description = "roadmap-step-started")
    public Response mark(
            @PathParam("orgId") String orgId,
            @PathParam("action") @Parameter(schema = @Schema(implementation = RoadmapAction.class)) String action,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid StepDraft body) {
        long expected = Versions.expected(ifMatch);
        GovernanceSetup setup = assessment.markStep(
                callers.current(),
                organisationId(orgId),
                expected,
                code(action, RoadmapAction.class, "roadmap-action"),
                body.status());
        return Versions.changed(setup.version(), ProfileView.from(setup));
    }

    @GET
    @Path("/setup-journey")
    @Operation(
            operationId = "getSetupJourney",
            summary = "The setup journey: ordered steps and where each stands",
            description =
                    "Role: any active member. Computed from the registers where they tell (a published policy makes "
                            + "POLICY_IN_FORCE DONE, a held session FIRST_TRAINING_HELD), otherwise from the roadmap step marked. A "
                            + "SMALL_LOCAL association may skip the committee (a referent suffices).")
    @APIResponse(
            responseCode = "200",
            description = "The journey",
            content = @Content(schema = @Schema(implementation = JourneyView.class)))
    public JourneyView journey(@PathParam("orgId") String orgId) {
        return new JourneyView(assessment.journey(callers.current(), organisationId(orgId)).stream()
                .map(JourneyStepView::from)
                .toList());
    }

    private boolean exists(OrganisationId organisation) {
        try {
            assessment.setup(callers.current(), organisation);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    /** An unknown code names nothing: 404, like an unknown id. */
    private static <E extends Enum<E>> E code(String value, Class<E> type, String what) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound(what, value);
        }
    }
}
