package org.gouvernail.rest.privacy;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.privacy.RetentionPolicy;
import org.gouvernail.domain.privacy.RetentionRule;
import org.gouvernail.domain.privacy.port.in.Retention;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Versions;

/** REST resource: how long the organisation keeps each type of record, within the legal bounds. */
@Path("/api/v1/organisations/{orgId}/retention")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data")
public class RetentionResource {

    private final Retention retention;
    private final CallerFactory callers;

    public RetentionResource(Retention retention, CallerFactory callers) {
        this.retention = retention;
        this.callers = callers;
    }

    @Schema(name = "RetentionRule", description = "How long one type of record is kept, and within which bounds")
    record RuleJson(
            RetentionRule type,
            @Schema(minimum = "1", maximum = "1200") int months,
            @Schema(minimum = "1", maximum = "1200") int defaultMonths,
            @Schema(minimum = "1", maximum = "1200") int minMonths,
            @Schema(minimum = "1", maximum = "1200") int maxMonths,

            @Schema(maxLength = 60, description = "What the period counts from")
            String countedFrom) {}

    @Schema(
            name = "RetentionPolicy",
            description = "The organisation's retention rules; defaults until changed (ETag \"0\")")
    record PolicyJson(@Schema(maxItems = 10) List<RuleJson> rules) {

        static PolicyJson from(RetentionPolicy policy) {
            return new PolicyJson(Arrays.stream(RetentionRule.values())
                    .map(rule -> new RuleJson(
                            rule,
                            policy.monthsOf(rule),
                            rule.defaultMonths(),
                            rule.minMonths(),
                            rule.maxMonths(),
                            rule.countedFrom()))
                    .toList());
        }
    }

    @Schema(name = "RetentionChange", description = "Months per record type; a type left out goes back to its default")
    record ChangeJson(
            @NotNull
            @Schema(required = true, maxProperties = 10, example = "{\"AUDIT_EVENTS\": 84, \"SETTLED_FEEDBACK\": 24}")
            Map<RetentionRule, @NotNull Integer> rules) {}

    @GET
    @Operation(
            operationId = "getRetention",
            summary = "How long the organisation keeps each type of record",
            description = "Role: ADMIN or DATA_REFERENT. Audit events, training records of people who left, closed "
                    + "incidents and settled feedback, each with its default and bounds. Idempotency records (24 h) "
                    + "and webhook deliveries (GOUVERNAIL_WEBHOOK_RETENTION) are platform settings "
                    + "(docs/operations.md, Retention).")
    @APIResponse(
            responseCode = "200",
            description = "The policy, with its ETag",
            content = @Content(schema = @Schema(implementation = PolicyJson.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("orgId") String orgId, @Context Request request) {
        RetentionPolicy policy = retention.policy(callers.current(), organisationId(orgId));
        return Versions.read(request, policy.version(), PolicyJson.from(policy));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "putRetention",
            summary = "Choose how long the organisation keeps each type of record",
            description = "Role: ADMIN. If-Match required (\"0\" before the first choice). Each period within its "
                    + "bounds (400 otherwise); the change is audited and the next purge applies it.")
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = PolicyJson.class)))
    public Response put(
            @PathParam("orgId") String orgId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the policy", required = true) String ifMatch,
            @NotNull @Valid ChangeJson body) {
        long expected = Versions.expected(ifMatch);
        RetentionPolicy saved = retention.change(callers.current(), organisationId(orgId), expected, body.rules());
        return Versions.changed(saved.version(), PolicyJson.from(saved));
    }
}
