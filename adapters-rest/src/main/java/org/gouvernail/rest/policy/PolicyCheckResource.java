package org.gouvernail.rest.policy;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.policy.Activity;
import org.gouvernail.domain.policy.port.in.UsagePolicies;
import org.gouvernail.domain.policy.port.in.UsagePolicies.CheckRequest;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.rest.policy.PolicyJson.CheckBody;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Messages;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.RequestProblem;

/** REST resource: the policy check, the one question intranets and browser extensions ask before each use. */
@Path("/api/v1/organisations/{orgId}/policy-check")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Usage policies")
public class PolicyCheckResource {

    private final UsagePolicies policies;
    private final CallerFactory callers;

    public PolicyCheckResource(UsagePolicies policies, CallerFactory callers) {
        this.policies = policies;
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "checkPolicy",
            summary = "May I use this tool for this activity with this data?",
            description =
                    "Role: any active member. Answered from the organisation's PUBLISHED versions, every policy together. Ask "
                            + "about a tool (tool) or a tool category (category), and/or an activity; dataCategory is required. Precedence: for "
                            + "each subject the rule with the lowest data ceiling that still covers the data applies; on the tool side the tool's "
                            + "own rules come first, its category's when none covers the data; the activity side is weighed against it and the "
                            + "stricter verdict wins (a tie names the tool side's rule); no rule on either side gives NEEDS_APPROVAL (basis "
                            + "NO_RULE). Then the tool's own status: a FORBIDDEN tool is forbidden whatever the rules say, RESTRICTED and RETIRED "
                            + "tools need approval, APPROVED_WITH_CONDITIONS at least carries conditions (basis TOOL_STATUS when it decides). "
                            + "The explanation is worded in the Accept-Language.")
    @APIResponse(
            responseCode = "200",
            description = "The answer",
            content = @Content(schema = @Schema(implementation = CheckBody.class)))
    public CheckBody check(
            @PathParam("orgId") String orgId,
            @QueryParam("tool")
                    @Parameter(
                            description = "A tool of the organisation",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                    String tool,
            @QueryParam("category") @Parameter(schema = @Schema(implementation = ToolCategory.class)) String category,
            @QueryParam("activity") @Parameter(schema = @Schema(implementation = Activity.class)) String activity,
            @QueryParam("dataCategory")
                    @Parameter(required = true, schema = @Schema(implementation = DataCategory.class))
                    String dataCategory,
            @Context HttpHeaders headers) {
        ToolCategory toolCategory =
                Params.option("category", category, ToolCategory.class).orElse(null);
        Activity doing = Params.option("activity", activity, Activity.class).orElse(null);
        DataCategory data = Params.option("dataCategory", dataCategory, DataCategory.class)
                .orElseThrow(() -> RequestProblem.invalidParameter(
                        "dataCategory",
                        Arrays.stream(DataCategory.values()).map(Enum::name).collect(Collectors.joining(", "))));
        UUID toolId = Params.uuid("tool", tool).orElse(null);
        CheckRequest request = new CheckRequest(toolId, toolCategory, doing, data);
        return CheckBody.from(
                policies.check(callers.current(), organisationId(orgId), request),
                toolCategory,
                doing,
                data,
                Messages.choose(headers.getAcceptableLanguages()));
    }
}
