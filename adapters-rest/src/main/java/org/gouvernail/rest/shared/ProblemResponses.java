package org.gouvernail.rest.shared;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * OpenAPI filter: documents on every operation the problem responses that the conventions of
 * API.md make common to all (401, 403, 404, 429, 500; 400, 413, 415 with a body; 412 and 428 on
 * updates and deletes), so that each resource only declares its own (409).
 */
public class ProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean tenant = path.contains("{orgId}");
            item.getOperations().forEach((method, operation) -> document(method, operation, tenant || path.contains("{")));
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean addressed) {
        APIResponses responses = operation.getResponses();
        add(responses, "401", "No valid access token / Jeton d'accès absent ou invalide");
        add(responses, "403", "The caller's role does not allow this / Le rôle ne permet pas cette action");
        if (addressed) {
            add(responses, "404", "Unknown id, or another organisation's / Identifiant inconnu ou d'une autre organisation");
        }
        add(responses, "429", "Too many requests / Trop de requêtes");
        add(responses, "500", "Unexpected error, nothing saved / Erreur inattendue, rien n'est enregistré");
        if (method == PathItem.HttpMethod.GET) {
            add(responses, "400", "Invalid parameter or cursor / Paramètre ou curseur invalide");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT) {
            add(responses, "400", "Invalid body: see errors / Corps invalide : voir errors");
            add(responses, "413", "Body above 1 MiB / Corps au-delà de 1 Mio");
            add(responses, "415", "Unsupported content type / Type de contenu non pris en charge");
        }
        if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE || operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            add(responses, "412", "If-Match is stale: read again / If-Match périmé : relire la ressource");
            add(responses, "428", "If-Match missing / En-tête If-Match manquant");
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses == null || responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
    }

}
