package org.gouvernail.rest.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.gouvernail.domain.shared.IdempotencyKey;
import org.gouvernail.rest.webhook.WebhookContract;

/**
 * OpenAPI filter: writes into the contract what the conventions of API.md make common to every
 * operation, so that each resource declares only what is its own: the problem responses (401,
 * 403, 404, 429, 500; 400, 413, 415 with a body; 412 and 428 with If-Match; 409 and 422 of the
 * Idempotency-Key on POST), the shape of ids, If-Match and Idempotency-Key, and a server relative
 * to wherever the API is deployed. Every 4xx and 5xx response, whoever declared it, gets the
 * problem+json body: resources write only the status and why.
 */
public class ProblemResponses implements OASFilter {

    private static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    private static final String IDEMPOTENCY_KEY_PATTERN = "^[\\x20-\\x7E]{1,200}$";
    /** What smallrye-openapi and Quarkus write on the responses they add by themselves (400, 401, 403). */
    private static final Set<String> FRAMEWORK_DESCRIPTIONS = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    private static final String IF_MATCH_PATTERN = "^(W/)?\"?[0-9]{1,19}(-[0-9a-z]{1,16})?\"?$";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer()
                .url("/")
                .description("This deployment (production, staging or local) / Ce déploiement")
                .addExtension("x-internal", false)));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
            bound(schemas.get("UUID"), 36);
            bound(schemas.get("Instant"), 35);
            bound(schemas.get("LocalDate"), 10);
            schemas.values().forEach(ProblemResponses::boundFormats);
            if (schemas.containsKey("JsonNode")) {
                openAPI.getComponents().removeSchema("JsonNode");
            }
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addParameter(
                        IDEMPOTENCY_KEY,
                        OASFactory.createParameter()
                                .name(IdempotencyKeys.HEADER)
                                .in(Parameter.In.HEADER)
                                .required(false)
                                .description(
                                        "Optional: a retry with the same key and body gets the first response again (header "
                                                + IdempotencyKeys.REPLAYED
                                                + ": true); kept 24 hours per caller / Facultatif : une nouvelle tentative "
                                                + "avec la même clé et le même corps reçoit la première réponse")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .minLength(1)
                                        .maxLength(IdempotencyKey.MAX_LENGTH)
                                        .pattern(IDEMPOTENCY_KEY_PATTERN))
                                .example("3f0c6a52-7d1e-4c8b-9a47-0b9e2f6d1c55"));
        WebhookContract.addTo(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations()
                        .forEach((method, operation) -> document(method, operation, path.contains("{"))));
        new ClientContract().filterOpenAPI(openAPI);
    }

    /** Inline uuid and date-time strings (list items, for instance) get the same bounds as the named ones. */
    private static void boundFormats(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getMaxLength() == null && "uuid".equals(schema.getFormat())) {
            schema.setMaxLength(36);
        }
        if (schema.getMaxLength() == null && "date-time".equals(schema.getFormat())) {
            schema.setMaxLength(35);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ProblemResponses::boundFormats);
        }
        boundFormats(schema.getItems());
    }

    /** An id parameter that declares a string of its own (a template's slug) is not a uuid. */
    private static boolean slug(Parameter parameter) {
        return parameter.getSchema() != null
                && parameter.getSchema().getPattern() != null
                && !"uuid".equals(parameter.getSchema().getFormat());
    }

    private static void bound(Schema schema, int maxLength) {
        if (schema != null) {
            schema.setMaxLength(maxLength);
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean addressed) {
        boolean ifMatch = false;
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ((parameter.getIn() == Parameter.In.PATH || parameter.getIn() == Parameter.In.QUERY)
                        && parameter.getName().endsWith("Id")
                        && !slug(parameter)) {
                    parameter.setSchema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .format("uuid")
                            .maxLength(36));
                }
                if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName())) {
                    parameter.setSchema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .maxLength(64)
                            .pattern(IF_MATCH_PATTERN));
                    ifMatch = true;
                }
            }
        }
        APIResponses responses = operation.getResponses();
        add(responses, "401", "No valid access token / Jeton d'accès absent ou invalide");
        add(responses, "403", "The caller's role does not allow this / Le rôle ne permet pas cette action");
        if (addressed) {
            add(
                    responses,
                    "404",
                    "Unknown id, or another organisation's / Identifiant inconnu ou d'une autre organisation");
        }
        add(responses, "500", "Unexpected error, nothing saved / Erreur inattendue, rien n'est enregistré");
        add(
                responses,
                "503",
                "The database is not answering: retry after Retry-After seconds / "
                        + "La base de données ne répond pas : réessayer après Retry-After secondes");
        boolean body = method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.PUT;
        // a DELETE too: a malformed header or request target is refused with 400 before any resource runs
        if (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.DELETE || body || ifMatch) {
            add(responses, "400", "Invalid body, parameter or header: see errors / Requête invalide : voir errors");
        }
        if (body) {
            add(responses, "413", "Body above 1 MiB / Corps au-delà de 1 Mio");
            add(responses, "415", "Unsupported content type / Type de contenu non pris en charge");
        }
        if (method == PathItem.HttpMethod.POST) {
            operation.addParameter(OASFactory.createParameter().ref(IDEMPOTENCY_KEY));
            add(
                    responses,
                    "409",
                    "A request with the same Idempotency-Key is still running: retry shortly / "
                            + "Une requête avec la même Idempotency-Key est en cours : réessayer dans un instant");
            add(
                    responses,
                    "422",
                    "Idempotency-Key already used for another request / Idempotency-Key déjà utilisée pour une autre requête");
        }
        if (ifMatch) {
            add(responses, "412", "If-Match is stale: read again / If-Match périmé : relire la ressource");
            add(responses, "428", "If-Match missing / En-tête If-Match manquant");
        }
        add(
                responses,
                "429",
                "Too many requests from this caller (or, without a token, this address): wait Retry-After seconds "
                        + "(docs/operations.md, Rate limits) / Trop de requêtes : attendre Retry-After secondes");
        describeDeclared(responses);
    }

    /**
     * Adds the problem response, or gives the problem body to one declared without any: a resource
     * declares only its own error cases ({@code @APIResponse(responseCode = "409", description = …)})
     * and its description is kept; the framework's stock descriptions give way to the convention's.
     */
    private static void add(APIResponses responses, String status, String description) {
        if (responses == null) {
            return;
        }
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && hasContent(existing)) {
            return;
        }
        boolean declared = existing != null
                && existing.getDescription() != null
                && !existing.getDescription().isBlank()
                && !FRAMEWORK_DESCRIPTIONS.contains(existing.getDescription());
        responses.addAPIResponse(status, problem(declared ? existing.getDescription() : description));
    }

    /** Every error response a resource declared beyond the convention's (a 404 or 409 of its own) gets the problem body too. */
    private static void describeDeclared(APIResponses responses) {
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && !hasContent(response)) {
                response.content(problem(response.getDescription()).getContent());
            }
        });
    }

    private static boolean hasContent(APIResponse response) {
        return response.getContent() != null
                && response.getContent().getMediaTypes() != null
                && !response.getContent().getMediaTypes().isEmpty();
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("Problem"))));
    }
}
