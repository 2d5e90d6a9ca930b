package org.gouvernail.rest.usecase;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.port.in.UseCasePortfolio;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.Messages;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;
import org.gouvernail.rest.usecase.UseCaseJson.AiActProfileView;
import org.gouvernail.rest.usecase.UseCaseJson.AiActQuestionnaireBody;
import org.gouvernail.rest.usecase.UseCaseJson.Creation;
import org.gouvernail.rest.usecase.UseCaseJson.Details;
import org.gouvernail.rest.usecase.UseCaseJson.DpiaQuestionnaire;
import org.gouvernail.rest.usecase.UseCaseJson.DpiaScreeningView;
import org.gouvernail.rest.usecase.UseCaseJson.MatrixView;
import org.gouvernail.rest.usecase.UseCaseJson.View;

/** REST resource: the use-case portfolio of an organisation, its matrix, AI Act profiles and DPIA screenings. */
@Path("/api/v1/organisations/{orgId}/use-cases")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Use cases",
        description = "Portfolio of AI use cases (cas d'usage): prioritisation matrix, AI Act profile, DPIA screening")
public class UseCaseResource {

    private static final String IF_MATCH = "ETag of the version being changed";

    private final UseCasePortfolio portfolio;
    private final CallerFactory callers;
    private final MergePatch mergePatch;

    public UseCaseResource(UseCasePortfolio portfolio, CallerFactory callers, MergePatch mergePatch) {
        this.portfolio = portfolio;
        this.callers = callers;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            operationId = "listUseCases",
            summary = "List the use cases",
            description = "Role: any active member. Oldest first; filters combine.")
    @APIResponse(responseCode = "200", description = "One page of use cases")
    public Listing<View> list(
            @PathParam("orgId") String orgId,
            @BeanParam UseCaseListQuery query,
            @BeanParam PageQuery paging,
            @Context HttpHeaders headers) {
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        return Pages.listing(
                portfolio.useCases(callers.current(), organisationId(orgId), query.filter(), paging.request()),
                useCase -> View.from(useCase, locale));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "proposeUseCase",
            summary = "Propose a use case, from scratch or from the catalogue",
            description =
                    "Role: CONTRIBUTOR, DATA_REFERENT, COMMITTEE or ADMIN. The use case starts as an IDEA. With fromCatalogue "
                            + "(an id of GET /api/v1/reference/use-case-catalogue) the fields left out take the entry's values in the "
                            + "organisation's locale. ownerId (default: the caller) and toolIds must belong to the organisation (400 otherwise).")
    @APIResponse(
            responseCode = "201",
            description = "Proposed",
            content = @Content(schema = @Schema(implementation = View.class)))
    public Response propose(
            @PathParam("orgId") String orgId,
            @NotNull @Valid Creation creation,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        UseCase useCase = portfolio.propose(callers.current(), organisationId(orgId), creation.toDomain());
        return Versions.created(uri, useCase.id(), useCase.version(), View.from(useCase, locale(headers)));
    }

    @GET
    @Path("/matrix")
    @Operation(
            operationId = "getUseCaseMatrix",
            summary = "The prioritisation matrix",
            description =
                    "Role: any active member. The four quadrants (QUICK_WIN: impact ≥ 3 and complexity ≤ 2; MAJOR_PROJECT: "
                            + "impact ≥ 3 and complexity ≥ 3; FILL_IN: impact ≤ 2 and complexity ≤ 2; AVOID: impact ≤ 2 and complexity ≥ 3) with "
                            + "their use cases, rejected and retired ones left out. Each score is the mean of its sub-criteria rounded half up.")
    @APIResponse(
            responseCode = "200",
            description = "The matrix",
            content = @Content(schema = @Schema(implementation = MatrixView.class)))
    public MatrixView matrix(@PathParam("orgId") String orgId) {
        return MatrixView.from(portfolio.matrix(callers.current(), organisationId(orgId)));
    }

    @GET
    @Path("/{useCaseId}")
    @Operation(operationId = "getUseCase", summary = "Read a use case", description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The use case, with its ETag",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId,
            @PathParam("useCaseId") String useCaseId,
            @Context Request request,
            @Context HttpHeaders headers) {
        UseCase useCase = portfolio.useCase(callers.current(), organisationId(orgId), useCaseId(useCaseId));
        return Versions.read(request, useCase.version(), View.from(useCase, locale(headers)));
    }

    @PATCH
    @Path("/{useCaseId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updateUseCase",
            summary = "Change a use case's details (JSON merge patch)",
            description =
                    "Role: the owner (with a contributing role), ADMIN, COMMITTEE or DATA_REFERENT. If-Match required. The status "
                            + "changes only through the actions; approval and rejection come from committee decisions.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "The use case is retired")
    public Response update(
            @PathParam("orgId") String orgId,
            @PathParam("useCaseId") String useCaseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = Details.class) JsonNode patch,
            @Context HttpHeaders headers) {
        OrganisationId organisation = organisationId(orgId);
        UseCaseId id = useCaseId(useCaseId);
        long expected = Versions.expected(ifMatch);
        UseCase current = portfolio.useCase(callers.current(), organisation, id);
        Details changed = mergePatch.apply(Details.from(current.details()), patch, Details.class);
        UseCase updated = portfolio.update(callers.current(), organisation, id, expected, changed.toDomain());
        return Versions.changed(updated.version(), View.from(updated, locale(headers)));
    }

    @DELETE
    @Path("/{useCaseId}")
    @Operation(
            operationId = "removeUseCase",
            summary = "Delete a use case nobody decided on yet",
            description =
                    "Role: the owner (with a contributing role), ADMIN, COMMITTEE or DATA_REFERENT. If-Match required. Only an IDEA "
                            + "or a SUBMITTED use case; once decided, retire it instead (the record stays).")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "A decision was taken on the use case")
    public void remove(
            @PathParam("orgId") String orgId,
            @PathParam("useCaseId") String useCaseId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the version being deleted", required = true)
                    String ifMatch) {
        long expected = Versions.expected(ifMatch);
        portfolio.remove(callers.current(), organisationId(orgId), useCaseId(useCaseId), expected);
    }

    @POST
    @Path("/{useCaseId}/submit")
    @Operation(
            operationId = "submitUseCase",
            summary = "Submit a use case to the committee",
            description =
                    "Role: the owner (with a contributing role), ADMIN, COMMITTEE or DATA_REFERENT. If-Match required. IDEA → SUBMITTED; "
                            + "SUSPENDED → SUBMITTED too: a suspended use case asks the committee for a new decision.")
    @APIResponse(
            responseCode = "200",
            description = "Submitted",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "The use case is neither an IDEA nor SUSPENDED")
    public Response submit(
            @PathParam("orgId") String orgId,
            @PathParam("useCaseId") String useCaseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Context HttpHeaders headers) {
        long expected = Versions.expected(ifMatch);
        UseCase moved = portfolio.submit(callers.current(), organisationId(orgId), useCaseId(useCaseId), expected);
        return Versions.changed(moved.version(), View.from(moved, locale(headers)));
    }

    @POST
    @Path("/{useCaseId}/start-pilot")
    @Operation(
            operationId = "startUseCasePilot",
            summary = "Start the pilot of an approved use case",
            description =
                    "Role: the owner (with a contributing role), ADMIN or COMMITTEE. If-Match required. APPROVED or "
                            + "APPROVED_WITH_CONDITIONS → PILOT. Approval comes only from a committee decision: before it (IDEA, SUBMITTED) the "
                            + "answer is 409 decision-required (see POST …/meetings/{meetingId}/decisions). A use case "
                            + "whose AI Act tier is PROHIBITED gets 409 prohibited-use-case.")
    @APIResponse(
            responseCode = "200",
            description = "In pilot",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(
            responseCode = "409",
            description = "decision-required, prohibited-use-case or use-case-transition-refused")
    public Response startPilot(
            @PathParam("orgId") String orgId,
            @PathParam("useCaseId") String useCaseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Context HttpHeaders headers) {
        long expected = Versions.expected(ifMatch);
        UseCase moved = portfolio.startPilot(callers.current(), organisationId(orgId), useCaseId(useCaseId), expected);
        return Versions.changed(moved.version(), View.from(moved, locale(headers)));
    }

    @POST
    @Path("/{useCaseId}/put-in-use")
    @Operation(
            operationId = "putUseCaseInUse",
            summary = "Put a piloted use case in everyday use",
            description =
                    "Role: the owner (with a contributing role), ADMIN or COMMITTEE. If-Match required. PILOT → IN_USE.")
    @APIResponse(
            responseCode = "200",
            description = "In use",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Not in pilot, or PROHIBITED tier")
    public Response putInUse(
            @PathParam("orgId") String orgId,
            @PathParam("useCaseId") String useCaseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Context HttpHeaders headers) {
        long expected = Versions.expected(ifMatch);
        UseCase moved = portfolio.putInUse(callers.current(), organisationId(orgId), useCaseId(useCaseId), expected);
        return Versions.changed(moved.version(), View.from(moved, locale(headers)));
    }

    @POST
    @Path("/{useCaseId}/retire")
    @Operation(
            operationId = "retireUseCase",
            summary = "Retire a use case",
            description =
                    "Role: the owner (with a contributing role), ADMIN or COMMITTEE. If-Match required. Any status → RETIRED; the record stays.")
    @APIResponse(
            responseCode = "200",
            description = "Retired",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", description = "Already retired")
    public Response retire(
            @PathParam("orgId") String orgId,
            @PathParam("useCaseId") String useCaseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @Context HttpHeaders headers) {
        long expected = Versions.expected(ifMatch);
        UseCase moved = portfolio.retire(callers.current(), organisationId(orgId), useCaseId(useCaseId), expected);
        return Versions.changed(moved.version(), View.from(moved, locale(headers)));
    }

    @PUT
    @Path("/{useCaseId}/ai-act-profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putUseCaseAiActProfile",
            summary = "Answer the AI Act questionnaire and get the tier",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT; the owner too while the use case is an IDEA. If-Match required "
                            + "(the use case's ETag); the questionnaire is replaced as a whole. Tier: any art. 5 practice → PROHIBITED (the use "
                            + "case can then never be approved, and one APPROVED, APPROVED_WITH_CONDITIONS, PILOT or IN_USE becomes SUSPENDED until it is "
                            + "submitted again and the committee decides anew; a milder profile later does not lift the suspension); any Annex III area → HIGH_RISK unless an art. 6(3) exception is claimed and the "
                            + "use profiles nobody (profiling keeps it high-risk); then any art. 50 duty → TRANSPARENCY; else MINIMAL. The reasons "
                            + "give the article references, worded in the Accept-Language.")
    @APIResponse(
            responseCode = "200",
            description = "The profile with its tier and reasons; ETag of the use case",
            content = @Content(schema = @Schema(implementation = AiActProfileView.class)))
    @APIResponse(responseCode = "409", description = "The use case is retired")
    public Response profileAiAct(
            @PathParam("orgId") String orgId,
            @PathParam("useCaseId") String useCaseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid AiActQuestionnaireBody questionnaire,
            @Context HttpHeaders headers) {
        long expected = Versions.expected(ifMatch);
        UseCase profiled = portfolio.profileAiAct(
                callers.current(), organisationId(orgId), useCaseId(useCaseId), expected, questionnaire.toDomain());
        return Versions.changed(profiled.version(), AiActProfileView.from(profiled.aiActAnswers(), locale(headers)));
    }

    @PUT
    @Path("/{useCaseId}/dpia-screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putUseCaseDpiaScreening",
            summary = "Answer the DPIA screening and get the outcome",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT; the owner too while the use case is an IDEA. If-Match required "
                            + "(the use case's ETag); the screening is replaced as a whole. Any GDPR art. 35(3) case, or any item of the art. 35(4) "
                            + "list of the organisation's supervisory authority (picked by the organisation's country: APD/GBA decision "
                            + "01/2019 for BE, CNIL deliberation 2018-327 for FR) → REQUIRED, the reason citing the item; two or more EDPB "
                            + "WP248 criteria → LIKELY; zero or one → NOT_INDICATED. For another country a reason says no list is encoded. "
                            + "signature says who signs: the controller (art. 35(1)), with the DPO's advice when one is designated "
                            + "(art. 35(2)); the DPO question (art. 37) is asked, never assumed. An item of another country's list: 400 "
                            + "naming listItems.")
    @APIResponse(
            responseCode = "200",
            description = "The screening with its outcome and reasons; ETag of the use case",
            content = @Content(schema = @Schema(implementation = DpiaScreeningView.class)))
    @APIResponse(responseCode = "409", description = "The use case is retired")
    public Response screenDpia(
            @PathParam("orgId") String orgId,
            @PathParam("useCaseId") String useCaseId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Valid DpiaQuestionnaire questionnaire,
            @Context HttpHeaders headers) {
        long expected = Versions.expected(ifMatch);
        UseCase screened = portfolio.screenDpia(
                callers.current(), organisationId(orgId), useCaseId(useCaseId), expected, questionnaire.toDomain());
        return Versions.changed(screened.version(), DpiaScreeningView.from(screened.dpiaAnswers(), locale(headers)));
    }

    private static Locale locale(HttpHeaders headers) {
        return Messages.choose(headers.getAcceptableLanguages());
    }

    private static UseCaseId useCaseId(String value) {
        return new UseCaseId(Params.id(value, "use-case"));
    }
}
