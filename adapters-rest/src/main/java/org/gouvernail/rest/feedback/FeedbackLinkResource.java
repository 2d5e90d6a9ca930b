package org.gouvernail.rest.feedback;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * REST resource: the other side of the feedback follow-ups, the items a risk, a policy version, a
 * training module, a meeting, an incident or a communication action came from, for any member: ids and kinds only, never the items' texts or reporters.
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
            summary = "The feedback items a risk, a policy version, a module, a meeting, an incident or a "
                    + "communication action came from",
            description = "Role: any active member. Exactly one of riskId, policyId (with version, optionally), "
                    + "moduleId, meetingId, incidentId or communicationActionId. At most 200 links, in item id order; an "
                    + "anonymous item shows from its release.")
    @APIResponse(responseCode = "200", description = "The links (nextCursor always null)")
    public Listing<LinkView> links(
            @PathParam("orgId") String orgId,
            @QueryParam("riskId") @Parameter(description = "A risk raised as a follow-up") String riskId,
            @QueryParam("policyId") @Parameter(description = "A policy revised as a follow-up") String policyId,
            @QueryParam("version")
                    @Parameter(
                            description = "With policyId: that version only",
                            schema = @Schema(type = SchemaType.INTEGER))
                    String version,
            @QueryParam("moduleId") @Parameter(description = "A training module answering a training need")
                    String moduleId,
            @QueryParam("meetingId") @Parameter(description = "A meeting whose agenda took an item") String meetingId,
            @QueryParam("incidentId") @Parameter(description = "An incident opened from an item") String incidentId,
            @QueryParam("communicationActionId") @Parameter(description = "A communication action planned as an answer")
                    String communicationActionId) {
        Map<FollowUpKind, Optional<UUID>> given = new EnumMap<>(FollowUpKind.class);
        given.put(FollowUpKind.RISK, Params.uuid("riskId", riskId));
        given.put(FollowUpKind.POLICY_REVISION, Params.uuid("policyId", policyId));
        given.put(FollowUpKind.TRAINING_NEED, Params.uuid("moduleId", moduleId));
        given.put(FollowUpKind.AGENDA_ITEM, Params.uuid("meetingId", meetingId));
        given.put(FollowUpKind.INCIDENT, Params.uuid("incidentId", incidentId));
        given.put(FollowUpKind.COMMUNICATION, Params.uuid("communicationActionId", communicationActionId));
        List<FollowUpKind> named = given.entrySet().stream()
                .filter(entry -> entry.getValue().isPresent())
                .map(Map.Entry::getKey)
                .toList();
        if (named.size() != 1) {
            throw RequestProblem.invalidParameter(
                    "riskId", "one of riskId, policyId, moduleId, meetingId, incidentId, communicationActionId");
        }
        FollowUpKind kind = named.get(0);
        Integer number = null;
        if (version != null && !version.isBlank()) {
            if (kind != FollowUpKind.POLICY_REVISION) {
                throw RequestProblem.invalidParameter("version", "with policyId only");
            }
            try {
                number = Integer.valueOf(version.strip());
            } catch (NumberFormatException e) {
                throw RequestProblem.invalidParameter("version", "1–10000");
            }
        }
        UUID target = given.get(kind).orElseThrow();
        return new Listing<>(
                box.linkedTo(callers.current(), organisationId(orgId), kind, target, number, LIMIT).stream()
                        .map(LinkView::from)
                        .toList(),
                null);
    }
}
