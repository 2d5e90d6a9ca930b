package org.gouvernail.rest.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * OpenAPI filter, run by {@link ProblemResponses} after it: shapes the contract so that generated
 * clients (openapi-generator and the like) read it as the server means it.
 * <ul>
 * <li>every PATCH gets its own merge-patch schema, derived from the editable shape: every property
 * optional, no default, nullable only where null removes a value (the properties the editable
 * shape does not require), nested objects patched the same way;</li>
 * <li>every parameter has a type; uuids are {@code format: uuid} without a pattern;</li>
 * <li>the pages of every list are named after their items ({@code ToolPage});</li>
 * <li>the schemas that only responses use say which properties are always present: those the
 * Java records never leave null, that is, all but the ones declared nullable;</li>
 * <li>the response headers (ETag, Location, Retry-After, Idempotent-Replayed) and If-None-Match;</li>
 * <li>an HTTP bearer scheme beside OpenID Connect, either accepted;</li>
 * <li>examples of the main intranet flows.</li>
 * </ul>
 */
public class ClientContract implements OASFilter {

    static final String SCHEMAS = "#/components/schemas/";
    static final String BEARER = "bearer";
    static final String OIDC = "oidc";
    /** Creations that answer 201 without Location nor ETag: an import report, an acknowledgement. */
    private static final Set<String> NOT_LOCATED = Set.of("importTools", "acknowledgePolicyVersion");
    /** Creations of records that are never changed: Location, no ETag. */
    private static final Set<String> NOT_VERSIONED = Set.of("recordDecision", "recordWrittenDecision");
    /** Bodies that Jackson writes without their empty properties ({@code @JsonInclude(NON_EMPTY)}): what is always there. */
    private static final Map<String, List<String>> ALWAYS_PRESENT =
            Map.of("Problem", List.of("type", "title", "status"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas() == null
                ? Map.of()
                : openAPI.getComponents().getSchemas();
        everySchema(openAPI, ClientContract::uuidWithoutPattern);
        nameThePages(openAPI, schemas);
        Set<String> patched = new HashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                        typeParameters(operation);
                        if (method == PathItem.HttpMethod.PATCH) {
                            patched.add(patchSchema(openAPI, operation));
                        }
                    }));
        }
        removeUnused(openAPI, patched);
        requiredInResponses(openAPI);
        ContractBounds.add(openAPI);
        headers(openAPI);
        security(openAPI);
        ContractExamples.add(openAPI);
    }

    // --- uuids and parameters ------------------------------------------------------------------

    /** A pattern beside {@code format: uuid} says nothing more and trips some generators (Python's). */
    private static void uuidWithoutPattern(Schema schema) {
        if ("uuid".equals(schema.getFormat()) && schema.getPattern() != null) {
            schema.setPattern(null);
        }
    }

    /** A parameter schema declared with bounds or values only still gets the type the resource reads it as. */
    private static void typeParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (schema == null
                    || parameter.getRef() != null
                    || schema.getRef() != null
                    || (schema.getType() != null && !schema.getType().isEmpty())) {
                continue;
            }
            if (schema.getEnumeration() == null && (schema.getMinimum() != null || schema.getMaximum() != null)) {
                schema.addType(Schema.SchemaType.INTEGER);
            } else {
                schema.addType(Schema.SchemaType.STRING);
            }
        }
    }

    // --- pages -----------------------------------------------------------------------------------

    /** {@code Listing<T>} comes out as ListingView1…6: each is renamed after its items, ToolPage, RiskPage… */
    private static void nameThePages(OpenAPI openAPI, Map<String, Schema> schemas) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> entry : new ArrayList<>(schemas.entrySet())) {
            Schema schema = entry.getValue();
            if (!entry.getKey().startsWith("Listing")
                    || schema.getProperties() == null
                    || schema.getProperties().get("items") == null
                    || schema.getProperties().get("items").getItems() == null) {
                continue;
            }
            String itemRef = schema.getProperties().get("items").getItems().getRef();
            if (itemRef == null || !itemRef.startsWith(SCHEMAS)) {
                continue;
            }
            String name = itemRef.substring(SCHEMAS.length()) + "Page";
            if (schemas.containsKey(name) || renamed.containsValue(name)) {
                continue;
            }
            renamed.put(entry.getKey(), name);
        }
        renamed.forEach((old, name) -> {
            Schema schema = schemas.get(old);
            openAPI.getComponents().removeSchema(old);
            schema.setDescription("One page of the list: pass nextCursor as cursor for the next one.");
            openAPI.getComponents().addSchema(name, schema);
        });
        everySchema(openAPI, schema -> {
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMAS) && renamed.containsKey(ref.substring(SCHEMAS.length()))) {
                schema.setRef(SCHEMAS + renamed.get(ref.substring(SCHEMAS.length())));
            }
        });
    }

    // --- merge patch -----------------------------------------------------------------------------

    /** The PATCH body: a merge patch of the editable shape, in its own schema, for both media types it is read from. */
    private static String patchSchema(OpenAPI openAPI, Operation operation) {
        if (operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return null;
        }
        Map<String, MediaType> types = operation.getRequestBody().getContent().getMediaTypes();
        String ref = types.values().stream()
                .map(MediaType::getSchema)
                .filter(schema -> schema != null && schema.getRef() != null)
                .map(Schema::getRef)
                .findFirst()
                .orElse(null);
        if (ref == null || !ref.startsWith(SCHEMAS)) {
            return null;
        }
        String patch = patchOf(openAPI, ref.substring(SCHEMAS.length()));
        Content content = OASFactory.createContent();
        content.addMediaType(
                MergePatch.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + patch)));
        if (types.containsKey(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)) {
            content.addMediaType(
                    jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                    OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(SCHEMAS + patch)));
        }
        operation.getRequestBody().setContent(content);
        operation.getRequestBody().setRequired(true);
        if (operation.getRequestBody().getDescription() == null) {
            operation
                    .getRequestBody()
                    .setDescription("JSON merge patch (RFC 7396): only the properties to change; null removes an "
                            + "optional value / Seules les propriétés à changer ; null efface une valeur facultative");
        }
        return ref.substring(SCHEMAS.length());
    }

    /** An editable shape that only PATCH used is replaced by its patch: it goes when nothing refers to it any more. */
    private static void removeUnused(OpenAPI openAPI, Set<String> candidates) {
        Set<String> referred = new HashSet<>();
        everySchema(openAPI, schema -> {
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                referred.add(schema.getRef().substring(SCHEMAS.length()));
            }
        });
        candidates.stream()
                .filter(name -> name != null && !referred.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    /** Name of the merge-patch schema of a component (ToolDetails → ToolPatch), made on first use. */
    private static String patchOf(OpenAPI openAPI, String name) {
        String patch =
                (name.endsWith("Details") ? name.substring(0, name.length() - "Details".length()) : name) + "Patch";
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas.containsKey(patch)) {
            return patch;
        }
        Schema source = schemas.get(name);
        Schema copy = copy(source);
        openAPI.getComponents().addSchema(patch, copy);
        List<String> required = source.getRequired() == null ? List.of() : source.getRequired();
        copy.setRequired(null);
        copy.setDefaultValue(null);
        copy.setDescription("Merge patch (RFC 7396) of " + name + ": every property optional, only those sent change"
                + (source.getDescription() == null ? "." : ". " + source.getDescription()));
        if (copy.getProperties() != null) {
            copy.getProperties()
                    .forEach((property, schema) -> patchProperty(openAPI, schema, !required.contains(property)));
        }
        return patch;
    }

    /**
     * A property of a merge patch: no default (sending it would change data); nullable exactly when
     * null removes the value, i.e. when the editable shape does not require it; a nested object is
     * merged, so it is a patch too. Arrays are replaced whole and keep their item schema.
     */
    private static void patchProperty(OpenAPI openAPI, Schema schema, boolean removable) {
        schema.setDefaultValue(null);
        if (schema.getRef() != null) {
            String target = objectRef(openAPI, schema.getRef());
            if (target != null) {
                schema.setRef(SCHEMAS + patchOf(openAPI, target));
            }
        }
        if (schema.getAnyOf() != null) {
            for (Schema alternative : schema.getAnyOf()) {
                String target = alternative.getRef() == null ? null : objectRef(openAPI, alternative.getRef());
                if (target != null) {
                    alternative.setRef(SCHEMAS + patchOf(openAPI, target));
                }
            }
        }
        boolean nullable = nullable(schema);
        if (removable && !nullable) {
            if (schema.getRef() != null) {
                Schema alternative = OASFactory.createSchema().ref(schema.getRef());
                schema.setRef(null);
                schema.setType(null);
                schema.setAnyOf(new ArrayList<>(
                        List.of(alternative, OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
            } else if (schema.getType() != null && !schema.getType().isEmpty()) {
                schema.addType(Schema.SchemaType.NULL);
            }
        } else if (!removable && nullable) {
            if (schema.getType() != null) {
                schema.removeType(Schema.SchemaType.NULL);
            }
            if (schema.getAnyOf() != null) {
                schema.getAnyOf().removeIf(ClientContract::isNullType);
            }
        }
    }

    /** The component a ref names when it is an object schema (not an enum nor a string). */
    private static String objectRef(OpenAPI openAPI, String ref) {
        if (!ref.startsWith(SCHEMAS)) {
            return null;
        }
        String name = ref.substring(SCHEMAS.length());
        Schema target = openAPI.getComponents().getSchemas().get(name);
        return target != null
                        && target.getProperties() != null
                        && !target.getProperties().isEmpty()
                ? name
                : null;
    }

    // --- required in responses --------------------------------------------------------------------

    /**
     * The object schemas reached only from responses get {@code required}: every property but the
     * nullable ones, since each is a record component that Jackson always writes (null included)
     * and that the records declare nullable when it may be null. Schemas also read from requests
     * keep the required list of their validation annotations.
     */
    private static void requiredInResponses(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> requested = new HashSet<>();
        Set<String> answered = new HashSet<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getRequestBody() != null) {
                        reach(schemas, operation.getRequestBody().getContent(), requested);
                    }
                    if (operation.getParameters() != null) {
                        operation
                                .getParameters()
                                .forEach(parameter -> reach(schemas, parameter.getSchema(), requested));
                    }
                    if (operation.getResponses() != null
                            && operation.getResponses().getAPIResponses() != null) {
                        operation
                                .getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(response -> reach(schemas, response.getContent(), answered));
                    }
                }));
        answered.removeAll(requested);
        for (String name : answered) {
            Schema schema = schemas.get(name);
            if (schema == null
                    || schema.getProperties() == null
                    || schema.getProperties().isEmpty()) {
                continue;
            }
            List<String> required = new ArrayList<>();
            if (ALWAYS_PRESENT.containsKey(name)) {
                required.addAll(ALWAYS_PRESENT.get(name));
            } else {
                schema.getProperties().forEach((property, value) -> {
                    if (!nullable(value)) {
                        required.add(property);
                    }
                });
            }
            schema.setRequired(required.isEmpty() ? null : required);
        }
    }

    private static void reach(Map<String, Schema> schemas, Content content, Set<String> reached) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(type -> reach(schemas, type.getSchema(), reached));
        }
    }

    private static void reach(Map<String, Schema> schemas, Schema schema, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            String name = schema.getRef().substring(SCHEMAS.length());
            if (reached.add(name) && schemas.containsKey(name)) {
                reach(schemas, schemas.get(name), reached);
            }
        }
        children(schema, child -> reach(schemas, child, reached));
    }

    static boolean nullable(Schema schema) {
        return (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL))
                || (schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(ClientContract::isNullType))
                || (schema.getOneOf() != null && schema.getOneOf().stream().anyMatch(ClientContract::isNullType));
    }

    private static boolean isNullType(Schema schema) {
        return schema.getRef() == null
                && schema.getType() != null
                && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    // --- headers ---------------------------------------------------------------------------------

    private static void headers(OpenAPI openAPI) {
        header(
                openAPI,
                "ETag",
                "Version of the resource, to send back in If-Match (updates, deletes) or If-None-Match (reads)",
                OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(64),
                "\"3\"");
        header(
                openAPI,
                "Location",
                "Address of the resource created",
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .format("uri")
                        .maxLength(2000),
                "https://gouvernail.example.org/api/v1/organisations/0b5e1c3a-3f0e-4b8a-9a51-6d2f0c7e9a10/tools/8d4f6a0e-2b7c-4e59-9f1a-3c6b2d8e7f01");
        header(
                openAPI,
                "RetryAfter",
                "Seconds to wait before trying again",
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(java.math.BigDecimal.ZERO)
                        .maximum(java.math.BigDecimal.valueOf(86400)),
                30);
        header(
                openAPI,
                "IdempotentReplayed",
                "true when this is the stored first response to a retry with the same Idempotency-Key",
                OASFactory.createSchema().addType(Schema.SchemaType.STRING).addEnumeration("true"),
                "true");
        openAPI.getComponents().getHeaders().get("RetryAfter").setRequired(true);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().forEach((method, operation) -> {
                    if (operation.getResponses() == null
                            || operation.getResponses().getAPIResponses() == null) {
                        return;
                    }
                    Map<String, APIResponse> responses =
                            operation.getResponses().getAPIResponses();
                    boolean ifMatch = operation.getParameters() != null
                            && operation.getParameters().stream()
                                    .anyMatch(parameter -> "If-Match".equalsIgnoreCase(parameter.getName()));
                    boolean conditionalRead = method == PathItem.HttpMethod.GET && responses.containsKey("304");
                    if (conditionalRead) {
                        operation.addParameter(OASFactory.createParameter()
                                .name("If-None-Match")
                                .in(Parameter.In.HEADER)
                                .required(false)
                                .description(
                                        "ETag of the copy the client holds: 304 without body while it is current / "
                                                + "ETag de la copie détenue : 304 sans corps tant qu'elle est à jour")
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .maxLength(200)));
                        addHeader(responses.get("200"), "ETag");
                        addHeader(responses.get("304"), "ETag");
                    }
                    if (ifMatch) {
                        addHeader(responses.get("200"), "ETag");
                    }
                    if (responses.containsKey("201") && !NOT_LOCATED.contains(operation.getOperationId())) {
                        addHeader(responses.get("201"), "Location");
                        if (!NOT_VERSIONED.contains(operation.getOperationId())) {
                            addHeader(responses.get("201"), "ETag");
                        }
                    }
                    if (method == PathItem.HttpMethod.POST) {
                        responses.forEach((status, response) -> {
                            if (status.startsWith("2")) {
                                addHeader(response, "Idempotent-Replayed");
                            }
                        });
                    }
                    addHeader(responses.get("429"), "Retry-After");
                    addHeader(responses.get("503"), "Retry-After");
                }));
    }

    private static void header(OpenAPI openAPI, String name, String description, Schema schema, Object example) {
        openAPI.getComponents()
                .addHeader(
                        name,
                        OASFactory.createHeader()
                                .description(description)
                                .schema(schema)
                                .example(example));
    }

    private static void addHeader(APIResponse response, String name) {
        if (response == null) {
            return;
        }
        Header header = OASFactory.createHeader().ref(name.replace("-", ""));
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, header);
        }
    }

    // --- security --------------------------------------------------------------------------------

    /** Generators skip openIdConnect: the same access token is also declared as an HTTP bearer token, and either is accepted. */
    private static void security(OpenAPI openAPI) {
        openAPI.getComponents()
                .addSecurityScheme(
                        BEARER,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description(
                                        "Access token of the OpenID Connect provider (the same as oidc), sent as Authorization: Bearer; "
                                                + "a JWT following RFC8725 best practices, whose audience includes the API's client id"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    List<SecurityRequirement> security = operation.getSecurity();
                    if (security == null) {
                        return;
                    }
                    List<SecurityRequirement> either = new ArrayList<>(security);
                    for (SecurityRequirement requirement : security) {
                        if (requirement.getSchemes() != null
                                && requirement.getSchemes().containsKey(OIDC)) {
                            either.add(OASFactory.createSecurityRequirement()
                                    .addScheme(BEARER, requirement.getSchemes().get(OIDC)));
                        }
                    }
                    operation.setSecurity(either);
                }));
    }

    // --- walking and copying ---------------------------------------------------------------------

    /** Every schema of the document, components and inline ones, nested ones included. */
    static void everySchema(OpenAPI openAPI, Consumer<Schema> action) {
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Consumer<Schema> walk = new Consumer<>() {
            @Override
            public void accept(Schema schema) {
                if (schema != null && seen.add(schema)) {
                    action.accept(schema);
                    children(schema, this);
                }
            }
        };
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            new ArrayList<>(openAPI.getComponents().getSchemas().values()).forEach(walk);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Consumer<Content> contents = content -> {
            if (content != null && content.getMediaTypes() != null) {
                content.getMediaTypes().values().forEach(type -> walk.accept(type.getSchema()));
            }
        };
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(parameter -> walk.accept(parameter.getSchema()));
                    }
                    if (operation.getRequestBody() != null) {
                        contents.accept(operation.getRequestBody().getContent());
                    }
                    if (operation.getResponses() != null
                            && operation.getResponses().getAPIResponses() != null) {
                        operation
                                .getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(response -> contents.accept(response.getContent()));
                    }
                }));
    }

    private static void children(Schema schema, Consumer<Schema> action) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(action);
        }
        if (schema.getItems() != null) {
            action.accept(schema.getItems());
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            action.accept(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(action);
            }
        }
        if (schema.getNot() != null) {
            action.accept(schema.getNot());
        }
    }

    /** A deep copy: the patch schema changes its properties without touching the creation schema's. */
    @SuppressWarnings("unchecked")
    static Schema copy(Schema schema) {
        Schema copy = OASFactory.createSchema();
        schema.getAll().forEach((key, value) -> copy.set(key, copyValue(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object value) {
        if (value instanceof Schema schema) {
            return copy(schema);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, copyValue(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copyValue(item)));
            return copy;
        }
        return value;
    }

    /** JSON text of an example, as the model wants it: maps, lists and scalars. */
    static Object json(String text) {
        try {
            return new ObjectMapper().readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("example is not JSON: " + text, e);
        }
    }
}
