package org.gouvernail.rest.feedback;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.feedback.FollowUpKind;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.rest.feedback.FeedbackJson.LinkView;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.RequestProblem;

/**
 * REST resource: the other side of the feedback follow-ups, the items a risk or a policy version
 * came from, for any member: ids and kinds only, never the items' texts or reporters.
 */
@Path("/api/v1/organisations/{orgId}/feedback-links")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback", description = "Field feedback (boucles de retour)")
public class FeedbackLinkResource {

    /** Most links listed: one page, since a risk or a version is rarely the follow-up of more. */
    static final int LIMIT = 200;

    private final FeedbackBox box;
    private final CallerFactory callers;

    public FeedbackLinkResource(FeedbackBox box, CallerFactory callers) {
        this.box = box;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "listFeedbackLinks",
            summary = "The feedback items a risk or a policy version came from",
            description =
                    "Role: any active member. Exactly one of riskId or policyId (with version, optionally). At most "
                            + "200 links, in item id order; an anonymous item shows from its release.")
    @APIResponse(responseCode = "200", description = "The links (nextCursor always null)")
    public Listing<LinkView> links(
            @PathParam("orgId") String orgId,
            @QueryParam("riskId") @Parameter(description = "A risk raised as a follow-up") String riskId,
            @QueryParam("policyId") @Parameter(description = "A policy revised as a follow-up") String policyId,
            @QueryParam("version")
                    @Parameter(
                            description = "With policyId: that version only",
                            schema = @Schema(type = SchemaType.INTEGER))
                    String version) {
        Optional<UUID> risk = Params.uuid("riskId", riskId);
        Optional<UUID> policy = Params.uuid("policyId", policyId);
        if (risk.isPresent() == policy.isPresent()) {
            throw RequestProblem.invalidParameter("riskId", "riskId or policyId");
        }
        Integer number = null;
        if (version != null && !version.isBlank()) {
            try {
                number = Integer.valueOf(version.strip());
            } catch (NumberFormatException e) {
                throw RequestProblem.invalidParameter("version", "1–10000");
            }
        }
        FollowUpKind kind = risk.isPresent() ? FollowUpKind.RISK : FollowUpKind.POLICY_REVISION;
        UUID target = risk.orElseGet(policy::get);
        return new Listing<>(
                box.linkedTo(callers.current(), organisationId(orgId), kind, target, number, LIMIT).stream()
                        .map(LinkView::from)
                        .toList(),
                null);
    }
}
