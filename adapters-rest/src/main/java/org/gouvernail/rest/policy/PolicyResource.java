package org.gouvernail.rest.policy;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.port.in.UsagePolicies;
import org.gouvernail.domain.policy.port.in.UsagePolicies.Acknowledged;
import org.gouvernail.domain.policy.port.in.UsagePolicies.PolicyView;
import org.gouvernail.domain.policy.port.in.UsagePolicies.VersionView;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.policy.PolicyJson.AcknowledgementBody;
import org.gouvernail.rest.policy.PolicyJson.AcknowledgementRequest;
import org.gouvernail.rest.policy.PolicyJson.ChangesBody;
import org.gouvernail.rest.policy.PolicyJson.CoverageBody;
import org.gouvernail.rest.policy.PolicyJson.Creation;
import org.gouvernail.rest.policy.PolicyJson.Details;
import org.gouvernail.rest.policy.PolicyJson.PolicyBody;
import org.gouvernail.rest.policy.PolicyJson.PolicySummary;
import org.gouvernail.rest.policy.PolicyJson.ToRead;
import org.gouvernail.rest.policy.PolicyJson.VersionBody;
import org.gouvernail.rest.policy.PolicyJson.VersionDetails;
import org.gouvernail.rest.policy.PolicyJson.VersionSummary;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.RequestProblem;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: an organisation's usage policies, their versions, the printable document, what
 * changed between versions, and the members' acknowledgements. Publication is a committee decision
 * (POST …/decisions with subject POLICY_VERSION).
 */
@Path("/api/v1/organisations/{orgId}/policies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Usage policies",
        description = "Politiques d'utilisation: versioned rules published by the committee, acknowledged by members")
public class PolicyResource {

    private static final String IF_MATCH = "ETag of the version being changed";
    private static final String TEXT_MARKDOWN = "text/markdown";
    private static final String NUMBER = "Version number, 1 for the first";

    private final UsagePolicies policies;
    private final CallerFactory callers;
    private final MergePatch mergePatch;
    private final PolicyDocument documents;

    public PolicyResource(
            UsagePolicies policies, CallerFactory callers, MergePatch mergePatch, PolicyDocument documents) {
        this.policies = policies;
        this.callers = callers;
        this.mergePatch = mergePatch;
        this.documents = documents;
    }

    @GET
    @Operation(
            operationId = "listPolicies",
            summary = "List the usage policies",
            description =
                    "Role: any active member. Oldest first; each policy's versions and the one in force come with GET …/policies/{policyId}.")
    @APIResponse(responseCode = "200", description = "One page of policies (without their versions)")
    public Listing<PolicySummary> list(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        return Pages.listing(
                policies.policies(callers.current(), organisationId(orgId), paging.request()), PolicySummary::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createPolicy",
            summary = "Create a policy, blank or from a starter template",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT. Version 1 is a DRAFT. With fromTemplate, version 1 holds the "
                            + "template's text, summary and rules in `language` (default: the organisation's). TOOL rules name tools of the "
                            + "organisation (404 otherwise); contradicting rules are refused (409 contradictory-rules, the pair named).")
    @APIResponse(
            responseCode = "201",
            description = "Created, with Location and the policy's ETag",
            content = @Content(schema = @Schema(implementation = PolicyBody.class)))
    @APIResponse(responseCode = "409", description = "contradictory-rules")
    public Response create(@PathParam("orgId") String orgId, @NotNull @Valid Creation creation, @Context UriInfo uri) {
        PolicyView view = policies.create(callers.current(), organisationId(orgId), creation.toDomain());
        return Versions.created(uri, view.policy().id(), view.policy().version(), PolicyBody.from(view));
    }

    @GET
    @Path("/to-acknowledge")
    @Operation(
            operationId = "listPoliciesToAcknowledge",
            summary = "The versions in force the caller has not acknowledged yet",
            description =
                    "Role: any active member. What an intranet asks the person to read (then POST …/acknowledgements); empty when "
                            + "they are up to date. Each item names the version and gives its easy-to-read summary.")
    @APIResponse(
            responseCode = "200",
            description = "The versions to read",
            content =
                    @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ToRead.class, maxItems = 1000)))
    public List<ToRead> toAcknowledge(@PathParam("orgId") String orgId) {
        return policies.toAcknowledge(callers.current(), organisationId(orgId)).stream()
                .map(ToRead::from)
                .toList();
    }

    @GET
    @Path("/{policyId}")
    @Operation(
            operationId = "getPolicy",
            summary = "Read a policy with its versions",
            description = "Role: any active member.")
    // The ETag (for the If-Match of a PATCH) is declared so that a generated client knows it is there. No 304:
    // the ETag is the policy's own version, while the body also lists its versions.
    @APIResponse(
            responseCode = "200",
            description = "The policy, with its ETag",
            content = @Content(schema = @Schema(implementation = PolicyBody.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Response get(@PathParam("orgId") String orgId, @PathParam("policyId") String policyId) {
        PolicyView view = policies.policy(callers.current(), organisationId(orgId), policyId(policyId));
        return Response.ok(PolicyBody.from(view))
                .tag(Versions.tag(view.policy().version()))
                .build();
    }

    @PATCH
    @Path("/{policyId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updatePolicy",
            summary = "Rename a policy or change its purpose (JSON merge patch)",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT. If-Match required (the policy's ETag). What the policy says changes "
                            + "in its versions.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = PolicyBody.class)))
    public Response update(
            @PathParam("orgId") String orgId,
            @PathParam("policyId") String policyId,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = Details.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        PolicyId id = policyId(policyId);
        long expected = Versions.expected(ifMatch);
        Details changed = mergePatch.apply(
                Details.from(
                        policies.policy(callers.current(), organisation, id).policy()),
                patch,
                Details.class);
        PolicyView view =
                policies.update(callers.current(), organisation, id, expected, changed.title(), changed.purpose());
        return Versions.changed(view.policy().version(), PolicyBody.from(view));
    }

    @GET
    @Path("/{policyId}/versions")
    @Operation(
            operationId = "listPolicyVersions",
            summary = "The versions of a policy, newest first",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "Every version, without texts",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = VersionSummary.class,
                                            maxItems = 100000)))
    public List<VersionSummary> versions(@PathParam("orgId") String orgId, @PathParam("policyId") String policyId) {
        return policies.policy(callers.current(), organisationId(orgId), policyId(policyId)).versions().stream()
                .map(VersionSummary::from)
                .toList();
    }

    @POST
    @Path("/{policyId}/versions")
    @Operation(
            operationId = "draftPolicyVersion",
            summary = "Start a new draft copied from the latest version",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT. A published version never changes: to change the policy, draft the "
                            + "next version (a copy of the latest), edit it, submit it, and let the committee publish it. 409 policy-draft-exists "
                            + "while a version is DRAFT or IN_REVIEW.")
    @APIResponse(
            responseCode = "201",
            description = "The new DRAFT, with Location and ETag",
            content = @Content(schema = @Schema(implementation = VersionBody.class)))
    @APIResponse(responseCode = "409", description = "policy-draft-exists")
    public Response draft(
            @PathParam("orgId") String orgId, @PathParam("policyId") String policyId, @Context UriInfo uri) {
        VersionView view = policies.newVersion(callers.current(), organisationId(orgId), policyId(policyId));
        return Versions.created(uri, view.version().number(), view.version().version(), VersionBody.from(view));
    }

    @GET
    @Path("/{policyId}/versions/{number}")
    @Operation(
            operationId = "getPolicyVersion",
            summary = "Read a version: text, summary, rules",
            description = "Role: any active member.")
    @APIResponse(
            responseCode = "200",
            description = "The version, with its ETag",
            content = @Content(schema = @Schema(implementation = VersionBody.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response version(
            @PathParam("orgId") String orgId,
            @PathParam("policyId") String policyId,
            @PathParam("number")
                    @Parameter(
                            description = NUMBER,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100000"))
                    String number,
            @Context Request request) {
        VersionView view = policies.version(
                callers.current(), organisationId(orgId), policyId(policyId), number(policyId, number));
        // the names of the tools the rules name change with the inventory, not with the version: the ETag follows them
        String toolNames = view.toolNames().isEmpty()
                ? null
                : Integer.toHexString(view.toolNames().hashCode());
        return Versions.read(request, view.version().version(), toolNames, VersionBody.from(view));
    }

    @PATCH
    @Path("/{policyId}/versions/{number}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "updatePolicyVersion",
            summary = "Edit a draft (JSON merge patch)",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT. If-Match required. DRAFT only (409 version-not-draft). `rules` is "
                            + "replaced as a whole; contradicting rules are refused (409 contradictory-rules, the pair named); TOOL rules name tools "
                            + "of the organisation.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = VersionBody.class)))
    @APIResponse(responseCode = "409", description = "version-not-draft or contradictory-rules")
    public Response edit(
            @PathParam("orgId") String orgId,
            @PathParam("policyId") String policyId,
            @PathParam("number")
                    @Parameter(
                            description = NUMBER,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100000"))
                    String number,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch,
            @NotNull @Schema(implementation = VersionDetails.class) JsonNode patch) {
        OrganisationId organisation = organisationId(orgId);
        PolicyId id = policyId(policyId);
        int version = number(policyId, number);
        long expected = Versions.expected(ifMatch);
        VersionDetails changed = mergePatch.apply(
                VersionDetails.from(policies.version(callers.current(), organisation, id, version)
                        .version()),
                patch,
                VersionDetails.class);
        VersionView view = policies.edit(
                callers.current(), organisation, id, version, expected, changed.language(), changed.toDomain());
        return Versions.changed(view.version().version(), VersionBody.from(view));
    }

    @POST
    @Path("/{policyId}/versions/{number}/submit")
    @Operation(
            operationId = "submitPolicyVersion",
            summary = "Submit a draft to the committee",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT. If-Match required. DRAFT → IN_REVIEW; needs the text, the summary "
                            + "and a review date in the future (409 version-incomplete names what is missing). The committee then publishes it "
                            + "with a decision on subject POLICY_VERSION (subjectId: the version's id).")
    @APIResponse(
            responseCode = "200",
            description = "In review",
            content = @Content(schema = @Schema(implementation = VersionBody.class)))
    @APIResponse(responseCode = "409", description = "version-not-draft or version-incomplete")
    public Response submit(
            @PathParam("orgId") String orgId,
            @PathParam("policyId") String policyId,
            @PathParam("number")
                    @Parameter(
                            description = NUMBER,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100000"))
                    String number,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        VersionView view = policies.submitForReview(
                callers.current(), organisationId(orgId), policyId(policyId), number(policyId, number), expected);
        return Versions.changed(view.version().version(), VersionBody.from(view));
    }

    @POST
    @Path("/{policyId}/versions/{number}/return-to-draft")
    @Operation(
            operationId = "returnPolicyVersionToDraft",
            summary = "Take a version in review back for changes",
            description = "Role: ADMIN, COMMITTEE or DATA_REFERENT. If-Match required. IN_REVIEW → DRAFT.")
    @APIResponse(
            responseCode = "200",
            description = "Back to draft",
            content = @Content(schema = @Schema(implementation = VersionBody.class)))
    @APIResponse(responseCode = "409", description = "version-not-in-review")
    public Response returnToDraft(
            @PathParam("orgId") String orgId,
            @PathParam("policyId") String policyId,
            @PathParam("number")
                    @Parameter(
                            description = NUMBER,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100000"))
                    String number,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH, required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        VersionView view = policies.returnToDraft(
                callers.current(), organisationId(orgId), policyId(policyId), number(policyId, number), expected);
        return Versions.changed(view.version().version(), VersionBody.from(view));
    }

    @GET
    @Path("/{policyId}/versions/{number}/changes")
    @Operation(
            operationId = "getPolicyVersionChanges",
            summary = "What changed since another version",
            description =
                    "Role: any active member. Rules are matched by subject and data ceiling: added, removed, verdict changed, "
                            + "reworded (same verdict, other conditions or rationale); and whether the text, summary or review date changed.")
    @APIResponse(
            responseCode = "200",
            description = "The changes",
            content = @Content(schema = @Schema(implementation = ChangesBody.class)))
    public ChangesBody changes(
            @PathParam("orgId") String orgId,
            @PathParam("policyId") String policyId,
            @PathParam("number")
                    @Parameter(
                            description = NUMBER,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100000"))
                    String number,
            @QueryParam("from")
                    @Parameter(
                            required = true,
                            description = "The earlier version's number",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100000"))
                    String from) {
        if (from == null || !from.strip().matches("[+-]?[0-9]{1,9}")) {
            throw RequestProblem.invalidParameter("from", "1, 2, 3…");
        }
        return ChangesBody.from(policies.changes(
                callers.current(),
                organisationId(orgId),
                policyId(policyId),
                number(policyId, number),
                number(policyId, from)));
    }

    @GET
    @Path("/{policyId}/versions/{number}/document")
    @Produces({MediaType.TEXT_HTML, TEXT_MARKDOWN})
    @Operation(
            operationId = "getPolicyDocument",
            summary = "The printable document of a version",
            description =
                    "Role: any active member. In the version's language: title, status and dates, the easy-to-read summary, the "
                            + "text, and the rules as a table. format=html (default; print it from the browser) or markdown. What members wrote "
                            + "is shown, never obeyed: raw HTML is printed as text and links other than http, https, mailto or relative "
                            + "keep their words only, in both formats; the HTML comes with a Content-Security-Policy that runs no script.")
    @APIResponse(
            responseCode = "200",
            description = "The document",
            content = {
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 200000)),
                @Content(mediaType = TEXT_MARKDOWN, schema = @Schema(type = SchemaType.STRING, maxLength = 200000))
            })
    public Response document(
            @PathParam("orgId") String orgId,
            @PathParam("policyId") String policyId,
            @PathParam("number")
                    @Parameter(
                            description = NUMBER,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100000"))
                    String number,
            @QueryParam("format")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"html", "markdown"},
                                            defaultValue = "html"))
                    String format) {
        VersionView view = policies.version(
                callers.current(), organisationId(orgId), policyId(policyId), number(policyId, number));
        String file = "policy-v" + view.version().number();
        if (format == null || format.isBlank() || format.equals("html")) {
            return Response.ok(documents.html(view), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Content-Disposition", "inline; filename=\"" + file + ".html\"")
                    .header("Content-Security-Policy", documents.contentSecurityPolicy())
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        }
        if (format.equals("markdown")) {
            // nosniff: a browser must not take a Markdown text that quotes HTML for a page
            return Response.ok(documents.markdown(view), TEXT_MARKDOWN + "; charset=UTF-8")
                    .header("Content-Disposition", "inline; filename=\"" + file + ".md\"")
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        }
        throw RequestProblem.invalidParameter("format", "html, markdown");
    }

    @POST
    @Path("/{policyId}/versions/{number}/acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "acknowledgePolicyVersion",
            summary = "Confirm having read the version in force (prise de connaissance)",
            description =
                    "Role: any active member, for themselves (empty body or {}). ADMIN or COMMITTEE may record it for another active "
                            + "member with memberId (a volunteer who signed on paper). PUBLISHED versions only (409 version-not-published). "
                            + "201 the first time, 200 when already recorded (nothing changes).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = AcknowledgementBody.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already recorded",
            content = @Content(schema = @Schema(implementation = AcknowledgementBody.class)))
    @APIResponse(responseCode = "409", description = "version-not-published")
    public Response acknowledge(
            @PathParam("orgId") String orgId,
            @PathParam("policyId") String policyId,
            @PathParam("number")
                    @Parameter(
                            description = NUMBER,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100000"))
                    String number,
            @Valid AcknowledgementRequest body) {
        int version = number(policyId, number);
        MemberId onBehalfOf = body == null || body.memberId() == null ? null : new MemberId(body.memberId());
        Acknowledged acknowledged =
                policies.acknowledge(callers.current(), organisationId(orgId), policyId(policyId), version, onBehalfOf);
        AcknowledgementBody answer =
                AcknowledgementBody.from(acknowledged.acknowledgement(), version, acknowledged.name());
        return Response.status(acknowledged.created() ? 201 : 200)
                .entity(answer)
                .build();
    }

    @GET
    @Path("/{policyId}/versions/{number}/acknowledgements")
    @Operation(
            operationId = "getPolicyAcknowledgements",
            summary = "Who has read the version and who has not yet",
            description =
                    "Role: ADMIN or COMMITTEE. Over the organisation's ACTIVE members (members without an account included: a "
                            + "governor records their reading); coverage = acknowledged / active. Published or superseded versions only.")
    @APIResponse(
            responseCode = "200",
            description = "The coverage",
            content = @Content(schema = @Schema(implementation = CoverageBody.class)))
    public CoverageBody coverage(
            @PathParam("orgId") String orgId,
            @PathParam("policyId") String policyId,
            @PathParam("number")
                    @Parameter(
                            description = NUMBER,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100000"))
                    String number) {
        return CoverageBody.from(policies.coverage(
                callers.current(), organisationId(orgId), policyId(policyId), number(policyId, number)));
    }

    private static PolicyId policyId(String value) {
        return new PolicyId(Params.id(value, "policy"));
    }

    /** A version number of the path; anything else names no version (404). */
    private static int number(String policyId, String value) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // falls through: not a version number
        }
        throw new NotFound("policy-version", policyId + "/versions/" + value);
    }
}
