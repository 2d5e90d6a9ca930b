package org.gouvernail.rest.review;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.review.Review;
import org.gouvernail.domain.review.ReviewId;
import org.gouvernail.domain.review.ReviewSettings;
import org.gouvernail.domain.review.port.in.ReviewCycle;
import org.gouvernail.rest.review.ReviewJson.DueListView;
import org.gouvernail.rest.review.ReviewJson.ProposalInput;
import org.gouvernail.rest.review.ReviewJson.ProposalView;
import org.gouvernail.rest.review.ReviewJson.ReviewView;
import org.gouvernail.rest.review.ReviewJson.SettingsInput;
import org.gouvernail.rest.review.ReviewJson.SettingsView;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.RequestProblem;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: the review cycle of an organisation: what is due for review, the agenda it proposes
 * to a meeting, the ledger of reviews and the cycle's settings.
 */
@Path("/api/v1/organisations/{orgId}/reviews")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Review cycles that write the committee's agenda (cycles de revue)")
public class ReviewResource {

    private final ReviewCycle cycle;
    private final CallerFactory callers;

    public ReviewResource(ReviewCycle cycle, CallerFactory callers) {
        this.cycle = cycle;
        this.callers = callers;
    }

    @GET
    @Path("/due")
    @Operation(
            operationId = "listDueReviews",
            summary = "What is due for review",
            description = "Role: any active member. The due rules: published policy versions past their review date; "
                    + "approved, conditional or restricted tools whose latest validated assessment is older than 12 months; "
                    + "risks not closed past their review date or with a HIGH or CRITICAL residual level; decisions with a "
                    + "review date not revised; use cases in PILOT for more than 6 months; training records expiring (one "
                    + "subject per module); incidents HIGH or above not closed, or with a late duty; feedback items past "
                    + "their deadline. A subject the committee reviewed is not due again before its next review date.")
    @APIResponse(
            responseCode = "200",
            description = "Due subjects, soonest first",
            content = @Content(schema = @Schema(implementation = DueListView.class)))
    public DueListView due(
            @PathParam("orgId") String orgId,
            @QueryParam("until")
                    @Parameter(
                            description = "A day, YYYY-MM-DD; default today plus the lead time",
                            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
                    String until,
            @QueryParam("limit")
                    @Parameter(
                            description = "1–200, default 200",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "200"))
                    String limit) {
        return DueListView.from(cycle.due(callers.current(), organisationId(orgId), day(until), limit(limit)));
    }

    @POST
    @Path("/propose-agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "proposeReviewAgenda",
            summary = "Add the subjects due by a meeting's date to its agenda",
            description =
                    "Role: ADMIN or COMMITTEE. One agenda item (with its reviewId) per subject due on the meeting's "
                            + "date that is not on this agenda yet; a subject whose open review sits on an earlier meeting's agenda "
                            + "is carried over. A second call adds nothing. The agenda holds 50 items at most: the rest is counted in "
                            + "notAdded. A decision on subject REVIEW with the reviewId closes the review.")
    @APIResponse(
            responseCode = "200",
            description = "The reviews added",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "409", description = "The meeting is past (meeting-held)")
    public ProposalView proposeAgenda(@PathParam("orgId") String orgId, @NotNull @Valid ProposalInput input) {
        return ProposalView.from(
                cycle.proposeAgenda(callers.current(), organisationId(orgId), new MeetingId(input.meetingId())));
    }

    @GET
    @Path("/ledger")
    @Operation(
            operationId = "listReviewLedger",
            summary = "The ledger: every review, and whether it was done within the cadence",
            description = "Role: any active member. Oldest first. withinCadence: decided at most one cadence after the "
                    + "subject fell due (or, still open, still decidable in time).")
    @APIResponse(responseCode = "200", description = "One page of reviews")
    public Listing<ReviewView> ledger(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        return Pages.listing(
                cycle.ledger(callers.current(), organisationId(orgId), paging.request())
                        .entries(),
                ReviewView::from);
    }

    @GET
    @Path("/{reviewId}")
    @Operation(operationId = "getReview", summary = "Read a review", description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The review, with its ETag",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response review(
            @PathParam("orgId") String orgId, @PathParam("reviewId") String reviewId, @Context Request request) {
        Review review =
                cycle.review(callers.current(), organisationId(orgId), new ReviewId(Params.id(reviewId, "review")));
        return Versions.read(request, review.version(), ReviewView.from(review, null));
    }

    @GET
    @Path("/settings")
    @Operation(
            operationId = "getReviewSettings",
            summary = "Read the review cycle's cadence and lead time",
            description = "Role: any active member. ETag \"0\" while the defaults from the organisation's size apply.")
    @APIResponse(
            responseCode = "200",
            description = "The settings, with their ETag",
            content = @Content(schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response settings(@PathParam("orgId") String orgId, @Context Request request) {
        ReviewSettings settings = cycle.settings(callers.current(), organisationId(orgId));
        return Versions.read(request, settings.version(), SettingsView.from(settings));
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "configureReviews",
            summary = "Choose the review cycle's cadence and lead time",
            description = "Role: ADMIN or COMMITTEE. If-Match required (\"0\" for the first choice).")
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = SettingsView.class)))
    public Response configure(
            @PathParam("orgId") String orgId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the settings", required = true) String ifMatch,
            @NotNull @Valid SettingsInput input) {
        long expected = Versions.expected(ifMatch);
        ReviewSettings saved = cycle.configure(
                callers.current(), organisationId(orgId), expected, input.cadence(), input.leadTimeDays());
        return Versions.changed(saved.version(), SettingsView.from(saved));
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RequestProblem.invalidParameter("until", "a date (2026-12-31)");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 200;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= 200) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw RequestProblem.invalidParameter("limit", "1–200");
    }
}
