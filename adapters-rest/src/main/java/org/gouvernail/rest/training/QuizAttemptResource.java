package org.gouvernail.rest.training;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;

/**
 * REST resource: the organisation's quiz attempts, append-only, for the roles that may read people's
 * training data (ADMIN, DATA_REFERENT). A member reads their own under the module
 * ({@code GET …/training-modules/{moduleId}/quiz/attempts}).
 */
@Path("/api/v1/organisations/{orgId}/quiz-attempts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class QuizAttemptResource {

    private final TrainingProgramme programme;
    private final CallerFactory callers;

    public QuizAttemptResource(TrainingProgramme programme, CallerFactory callers) {
        this.programme = programme;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "listQuizAttempts",
            summary = "List the organisation's quiz attempts",
            description = "Role: ADMIN or DATA_REFERENT (attempts are personal data). Newest first, keyset pagination "
                    + "(limit, after); memberId and moduleId filter. Each attempt keeps the module's revision, the score, "
                    + "whether it passed and the training record a pass wrote; never the choices.")
    @APIResponse(responseCode = "200", description = "One page of attempts")
    public Listing<QuizJson.StoredAttempt> list(
            @PathParam("orgId") String orgId,
            @QueryParam("memberId") @Parameter(description = "Attempts of this member") String memberId,
            @QueryParam("moduleId") @Parameter(description = "Attempts at this module's quiz") String moduleId,
            @BeanParam PageQuery paging) {
        return Pages.listing(
                programme.quizAttempts(
                        callers.current(),
                        organisationId(orgId),
                        Params.uuid("memberId", memberId).map(MemberId::new),
                        Params.uuid("moduleId", moduleId).map(TrainingModuleId::new),
                        paging.request()),
                QuizJson.StoredAttempt::from);
    }
}
