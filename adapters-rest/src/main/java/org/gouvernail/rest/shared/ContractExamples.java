package org.gouvernail.rest.shared;

import static org.gouvernail.rest.shared.ClientContract.json;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Examples of the main intranet flows, written into the contract by {@link ClientContract}: declare
 * a tool, correct it with a merge patch, ask the policy check, and the problem of a refused body.
 * Spectral checks each against its schema (oas3-valid-media-example).
 */
final class ContractExamples {

    private static final String TOOL_DETAILS = """
            {"name": "ChatGPT", "vendor": "OpenAI", "description": "Rédaction de posts pour les réseaux sociaux",
             "category": "TEXT_GENERATION", "accountType": "PERSONAL_FREE", "hostingRegion": "UNITED_STATES",
             "dataCategories": ["INTERNAL"], "teams": ["Communication"], "estimatedUsers": 5, "yearlyCostEur": 0}""";
    private static final String TOOL = """
            {"id": "8d4f6a0e-2b7c-4e59-9f1a-3c6b2d8e7f01", "name": "ChatGPT", "vendor": "OpenAI",
             "description": "Rédaction de posts pour les réseaux sociaux", "category": "TEXT_GENERATION",
             "accountType": "PERSONAL_FREE", "hostingRegion": "%s", "dataCategories": ["INTERNAL"],
             "highestDataCategory": "INTERNAL", "teams": ["Communication"], "estimatedUsers": %d, "yearlyCostEur": 0,
             "status": "DECLARED", "declaredBy": "5a0c2e7d-91f4-4b36-8e2a-7d1f0b9c3e64", "declaredAt": "2026-11-28T15:00:00Z",
             "version": %d, "latestAssessment": null}""";
    private static final String POLICY_CHECK = """
            {"verdict": "ALLOWED_WITH_CONDITIONS", "basis": "RULE",
             "explanation": "Autorisé avec des conditions par la charte d'usage de l'IA (version 2).",
             "decidedBy": {"rule": {"subject": "TOOL", "toolId": "8d4f6a0e-2b7c-4e59-9f1a-3c6b2d8e7f01", "category": null,
               "activity": null, "dataCeiling": "INTERNAL", "verdict": "ALLOWED_WITH_CONDITIONS",
               "conditions": "Relire chaque texte avant publication.", "rationale": null},
              "policyId": "1f6b3c9e-4a2d-4e7b-8c05-9e3a7d2b6f10", "policyTitle": "Charte d'usage de l'IA", "version": 2},
             "applied": [], "conditions": ["Relire chaque texte avant publication."],
             "tool": {"id": "8d4f6a0e-2b7c-4e59-9f1a-3c6b2d8e7f01", "name": "ChatGPT", "category": "TEXT_GENERATION", "status": "APPROVED"},
             "category": "TEXT_GENERATION", "activity": "WRITING", "dataCategory": "INTERNAL"}""";
    private static final String PROBLEM = """
            {"type": "https://gouvernail.org/problems/validation", "title": "Requête invalide", "status": 400,
             "detail": "Champs à corriger : name.", "instance": "/api/v1/organisations/0b5e1c3a-3f0e-4b8a-9a51-6d2f0c7e9a10/tools",
             "errors": [{"field": "name", "message": "ne doit pas être vide"}]}""";

    private ContractExamples() {}

    static void add(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getOperationId() == null) {
                        return;
                    }
                    switch (operation.getOperationId()) {
                        case "declareTool" -> {
                            request(operation, "chatgpt", "A tool the communication team uses", TOOL_DETAILS);
                            response(operation, "201", "chatgpt", "Declared", TOOL.formatted("UNITED_STATES", 5, 0));
                            response(operation, "400", "validation", "A name is missing", PROBLEM);
                        }
                        case "updateTool" -> {
                            request(
                                    operation,
                                    "hosting",
                                    "Hosted in the EU now, more users; nothing else changes",
                                    "{\"hostingRegion\": \"EU\", \"estimatedUsers\": 12}");
                            request(operation, "removeVendor", "null removes an optional value", "{\"vendor\": null}");
                            response(operation, "200", "hosting", "After the first patch", TOOL.formatted("EU", 12, 1));
                        }
                        case "checkPolicy" ->
                            response(operation, "200", "conditions", "A rule allows it with conditions", POLICY_CHECK);
                        default -> {}
                    }
                }));
    }

    private static void request(Operation operation, String name, String summary, String value) {
        if (operation.getRequestBody() != null) {
            examples(operation.getRequestBody().getContent(), name, summary, value);
        }
    }

    private static void response(Operation operation, String status, String name, String summary, String value) {
        APIResponse response = operation.getResponses() == null
                ? null
                : operation.getResponses().getAPIResponse(status);
        if (response != null) {
            examples(response.getContent(), name, summary, value);
        }
    }

    private static void examples(Content content, String name, String summary, String value) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> type : content.getMediaTypes().entrySet()) {
            type.getValue()
                    .addExample(
                            name, OASFactory.createExample().summary(summary).value(json(value)));
        }
    }
}
