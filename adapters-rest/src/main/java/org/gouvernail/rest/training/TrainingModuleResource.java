package org.gouvernail.rest.training;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.ModuleStatus;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;
import org.gouvernail.rest.training.TrainingJson.Creation;
import org.gouvernail.rest.training.TrainingJson.Details;
import org.gouvernail.rest.training.TrainingJson.ModuleView;

/**
 * REST resource: the training modules of an organisation (AI literacy, art. 4 AI Act), versioned
 * DRAFT → ACTIVE → RETIRED; an ACTIVE module changes through a new version.
 */
@Path("/api/v1/organisations/{orgId}/training-modules")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training", description = "AI literacy (art. 4 AI Act): modules, sessions, records (comprendre l'IA)")
public class TrainingModuleResource {

    private static final String IF_MATCH = "ETag of the module being changed";
    private static final String COORDINATORS = "Role: ADMIN, COMMITTEE or DATA_REFERENT. ";

    private final TrainingProgramme programme;
    private final CallerFactory callers;
    private final MergePatch mergePatch;
    private final java.time.Clock clock;

    public TrainingModuleResource(
            TrainingProgramme programme, CallerFactory callers, MergePatch mergePatch, java.time.Clock clock) {
        this.programme = programme;
        this.callers = callers;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "listTrainingModules",
            summary = "List the training modules",
            description = "Role: any active member. Oldest first; status filters.")
    @APIResponse(responseCode = "200", description = "One page of modules")
    public Listing<ModuleView> list(
            @PathParam("orgId") String orgId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ModuleStatus.class)) String status,
            @BeanParam PageQuery paging) {
        return Pages.listing(
                programme.modules(
                        callers.current(),
                        organisationId(orgId),
                        Params.option("status", status, ModuleStatus.class),
                        paging.request()),
                ModuleView::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createTrainingModule",
            summary = "Create a training module, new or copied from the starter catalogue",
            description = COORDINATORS
                    + "The module starts as a DRAFT of revision 1. With fromCatalogue the copy is written in `language` "
                    + "(default: the organisation's; French where the entry is not written in it) under the entry's code unless "
                    + "`code` is given. Codes are unique in the organisation (409 module-code-taken).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ModuleView.class)))
    @APIResponse(responseCode = "409", description = "Code taken, or a policy link without the OUR_POLICY topic")
    public Response create(@PathParam("orgId") String orgId, @NotNull @Valid Creation creation, @Context UriInfo uri) {
        OrganisationId organisation = organisationId(orgId);
        TrainingModule module;
        if (creation.fromCatalogue() != null) {
            module = programme.copyFromCatalogue(
                    callers.current(),
                    organisation,
                    creation.fromCatalogue(),
                    creation.code(),
                    Optional.ofNullable(creation.chosenLanguage()));
        } else {
            if (creation.details() == null) {
                throw new InvalidInput("details", "required", "details is required without fromCatalogue", "details");
            }
            module = programme.createModule(
                    callers.current(),
                    organisation,
                    creation.code(),
                    creation.details().toDomain());
        }
        return Versions.created(uri, module.id(), module.version(), ModuleView.from(module));
    }

    @GET
    @Path("/{moduleId}")
    @Operation(
            operationId = "getTrainingModule",
            summary = "Read a training module",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The module, with its ETag",
            content = @Content(schema = @Schema(implementation = ModuleView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("moduleId") String moduleId, @Context Request request) {
        TrainingModule module = programme.module(callers.current(), organisationId(orgId), moduleId(moduleId));
        return Versions.read(request, module.version(), ModuleView.from(module));
    }

    @PATCH
    @Path("/{moduleId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateTrainingModule",
            summary = "Change a DRAFT module (JSON merge patch)",
            description = COORDINATORS + "If-Match required. An ACTIVE module gets a new version with revise instead.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = ModuleView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft (module-not-draft)")
    public Response update(
            @PathParam("orgId") String orgId,
            @PathParam("moduleId") String moduleId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = Details.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        TrainingModuleId id = moduleId(moduleId);
        long expected = Versions.expected(ifMatch);
        TrainingModule current = programme.module(callers.current(), organisation, id);
        Details changed = mergePatch.apply(Details.from(current.content()), patch, Details.class);
        TrainingModule updated =
                programme.updateModule(callers.current(), organisation, id, expected, changed.toDomain());
        return Versions.changed(updated.version(), ModuleView.from(updated));
    }

    @DELETE
    @Path("/{moduleId}")
    @Operation(
            operationId = "removeTrainingModule",
            summary = "Delete a DRAFT module",
            description =
                    COORDINATORS + "If-Match required. A published module is retired instead: records may name it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Not a draft (module-not-draft)")
    public void remove(
            @PathParam("orgId") String orgId,
            @PathParam("moduleId") String moduleId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        programme.removeModule(callers.current(), organisationId(orgId), moduleId(moduleId), expected);
    }

    @POST
    @Path("/{moduleId}/publish")
    @Operation(
            operationId = "publishTrainingModule",
            summary = "Publish a DRAFT module",
            description = COORDINATORS + "If-Match required. DRAFT → ACTIVE: sessions may then be planned on it.")
    @APIResponse(
            responseCode = "200",
            description = "Active",
            content = @Content(schema = @Schema(implementation = ModuleView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Response publish(
            @PathParam("orgId") String orgId,
            @PathParam("moduleId") String moduleId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        TrainingModule module =
                programme.publishModule(callers.current(), organisationId(orgId), moduleId(moduleId), expected);
        return Versions.changed(module.version(), ModuleView.from(module));
    }

    @POST
    @Path("/{moduleId}/revise")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "reviseTrainingModule",
            summary = "Give an ACTIVE module a new version",
            description =
                    COORDINATORS
                            + "If-Match required. The whole new content; the revision goes up by one. Records keep the revision "
                            + "they were written for; with newVersionRequiresRefresh, those of earlier revisions become SUPERSEDED.")
    @APIResponse(
            responseCode = "200",
            description = "Revised",
            content = @Content(schema = @Schema(implementation = ModuleView.class)))
    @APIResponse(responseCode = "409", description = "Not active")
    public Response revise(
            @PathParam("orgId") String orgId,
            @PathParam("moduleId") String moduleId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid Details details) {
        long expected = Versions.expected(ifMatch);
        TrainingModule module = programme.reviseModule(
                callers.current(), organisationId(orgId), moduleId(moduleId), expected, details.toDomain());
        return Versions.changed(module.version(), ModuleView.from(module));
    }

    @POST
    @Path("/{moduleId}/retire")
    @Operation(
            operationId = "retireTrainingModule",
            summary = "Retire a module",
            description = COORDINATORS + "If-Match required. DRAFT or ACTIVE → RETIRED, for good; its records stay.")
    @APIResponse(
            responseCode = "200",
            description = "Retired",
            content = @Content(schema = @Schema(implementation = ModuleView.class)))
    @APIResponse(responseCode = "409", description = "Already retired")
    public Response retire(
            @PathParam("orgId") String orgId,
            @PathParam("moduleId") String moduleId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        TrainingModule module =
                programme.retireModule(callers.current(), organisationId(orgId), moduleId(moduleId), expected);
        return Versions.changed(module.version(), ModuleView.from(module));
    }

    @PUT
    @Path("/{moduleId}/quiz")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "setTrainingModuleQuiz",
            summary = "Set the module's optional quiz",
            description = COORDINATORS
                    + "If-Match required (the module's ETag, which changes). The whole quiz: 1 to 50 questions of 2 to 6 "
                    + "choices, one or more correct, and a pass mark in percent. Not for a RETIRED module.")
    @APIResponse(
            responseCode = "200",
            description = "Set; the module with its new ETag",
            content = @Content(schema = @Schema(implementation = ModuleView.class)))
    @APIResponse(responseCode = "409", description = "Retired module (module-retired)")
    public Response setQuiz(
            @PathParam("orgId") String orgId,
            @PathParam("moduleId") String moduleId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid QuizJson.QuizInput quiz) {
        long expected = Versions.expected(ifMatch);
        TrainingModule module = programme.setQuiz(
                callers.current(), organisationId(orgId), moduleId(moduleId), expected, quiz.toDomain());
        return Versions.changed(module.version(), ModuleView.from(module));
    }

    @GET
    @Path("/{moduleId}/quiz")
    @Operation(
            operationId = "getTrainingModuleQuiz",
            summary = "Read the module's quiz, without its answers",
            description = "Role: any active member. The questions and choices, never the correct choices. 404 when the "
                    + "module has no quiz.")
    @APIResponse(
            responseCode = "200",
            description = "The quiz",
            content = @Content(schema = @Schema(implementation = QuizJson.QuizView.class)))
    public QuizJson.QuizView quiz(@PathParam("orgId") String orgId, @PathParam("moduleId") String moduleId) {
        OrganisationId organisation = organisationId(orgId);
        TrainingModuleId id = moduleId(moduleId);
        var quiz = programme.quiz(callers.current(), organisation, id);
        return QuizJson.QuizView.from(id, quiz);
    }

    @POST
    @Path("/{moduleId}/quiz/attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "attemptTrainingModuleQuiz",
            summary = "Answer the module's quiz; the server scores it",
            description = "Role: any active member, for themselves. One list of chosen choice numbers (from 0) per "
                    + "question. The answer tells the score, whether it passes and which questions were right, never the "
                    + "correct choices. A pass writes a training record (ATTESTED_SELF_STUDY, evidence QUIZ) for the caller; "
                    + "a fail writes nothing. Only an ACTIVE module.")
    @APIResponse(
            responseCode = "200",
            description = "The score",
            content = @Content(schema = @Schema(implementation = QuizJson.AttemptView.class)))
    @APIResponse(responseCode = "409", description = "Module not active (module-not-active)")
    public QuizJson.AttemptView attempt(
            @PathParam("orgId") String orgId,
            @PathParam("moduleId") String moduleId,
            @NotNull @Valid QuizJson.AttemptInput attempt) {
        TrainingProgramme.QuizAttempt outcome =
                programme.attemptQuiz(callers.current(), organisationId(orgId), moduleId(moduleId), attempt.toDomain());
        var result = outcome.result();
        java.util.List<QuizJson.Outcome> questions = new java.util.ArrayList<>();
        for (int i = 0; i < result.correct().size(); i++) {
            questions.add(new QuizJson.Outcome(i + 1, result.correct().get(i)));
        }
        return new QuizJson.AttemptView(
                outcome.attempt().id().value(),
                result.score(),
                result.passMark(),
                result.passed(),
                questions,
                outcome.record()
                        .map(record -> TrainingJson.RecordJson.from(new org.gouvernail.domain.training.RecordView(
                                record, record.statusOn(java.time.LocalDate.now(clock), false))))
                        .orElse(null));
    }

    @GET
    @Path("/{moduleId}/quiz/attempts")
    @Operation(
            operationId = "listMyTrainingModuleQuizAttempts",
            summary = "My attempts at the module's quiz",
            description = "Role: any active member; only the caller's own attempts, newest first (the organisation's "
                    + "attempts: GET …/quiz-attempts, ADMIN or DATA_REFERENT). Append-only: the score of each attempt, "
                    + "whether it passed and the record a pass wrote.")
    @APIResponse(responseCode = "200", description = "One page of attempts")
    public Listing<QuizJson.StoredAttempt> myAttempts(
            @PathParam("orgId") String orgId, @PathParam("moduleId") String moduleId, @BeanParam PageQuery paging) {
        return Pages.listing(
                programme.myQuizAttempts(
                        callers.current(), organisationId(orgId), moduleId(moduleId), paging.request()),
                QuizJson.StoredAttempt::from);
    }

    private static TrainingModuleId moduleId(String value) {
        return new TrainingModuleId(Params.id(value, "training-module"));
    }
}
