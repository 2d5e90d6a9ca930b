package org.gouvernail.rest.policy;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.policy.PolicyTemplate;
import org.gouvernail.domain.policy.PolicyTemplates;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.rest.policy.PolicyJson.TemplateBody;
import org.gouvernail.rest.policy.PolicyJson.TemplateSummary;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Messages;

/** REST resource: the starter policy templates, reference data in the platform's languages. */
@Path("/api/v1/reference/policy-templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference")
public class PolicyTemplateResource {

    private final CallerFactory callers;

    public PolicyTemplateResource(CallerFactory callers) {
        this.callers = callers;
    }

    @GET
    @Operation(
            operationId = "listPolicyTemplates",
            summary = "The starter policy templates",
            description =
                    "Any authenticated user. One template per kind of organisation (small local association, mid-size "
                            + "association, international NGO), named in every language of the platform. POST …/policies with fromTemplate copies one.")
    @APIResponse(
            responseCode = "200",
            description = "The templates",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = TemplateSummary.class,
                                            maxItems = 20)))
    public List<TemplateSummary> templates() {
        callers.current();
        return PolicyTemplates.all().stream().map(TemplateSummary::from).toList();
    }

    @GET
    @Path("/{templateId}")
    @Operation(
            operationId = "getPolicyTemplate",
            summary = "A starter template in full, in one language",
            description =
                    "Any authenticated user. language=fr|en|nl, default the Accept-Language (French first): the text, the "
                            + "easy-to-read summary and the rules a policy created from it starts with.")
    @APIResponse(
            responseCode = "200",
            description = "The template",
            content = @Content(schema = @Schema(implementation = TemplateBody.class)))
    public TemplateBody template(
            @PathParam("templateId")
                    @Parameter(
                            description = "Slug of the template, e.g. small-local-association",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 60, pattern = "^[a-z0-9-]{1,60}$"))
                    String templateId,
            @QueryParam("language")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"fr", "en", "nl"}))
                    String language,
            @Context HttpHeaders headers) {
        callers.current();
        PolicyTemplate template =
                PolicyTemplates.find(templateId).orElseThrow(() -> new NotFound("policy-template", templateId));
        String chosen = language != null && !language.isBlank()
                ? PolicyVersion.language(language)
                : Messages.choose(headers.getAcceptableLanguages()).getLanguage();
        return TemplateBody.from(template, chosen);
    }
}
