package org.gouvernail.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks an HTTP answer against the OpenAPI document the application serves: the status is
 * declared for the operation, the body matches the declared schema of its media type (JSON Schema
 * 2020-12, the dialect of OpenAPI 3.1, formats asserted), and the ETag and Location headers are
 * there exactly when the contract declares them.
 */
public final class ContractValidator {

    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    public ContractValidator(String openApiJson) {
        try {
            this.document = JSON.readTree(openApiJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("the OpenAPI document is not JSON", e);
        }
        document.path("paths").fieldNames().forEachRemaining(path -> templates.add(new Template(path)));
        // literal segments first: /tools/export before /tools/{toolId}
        templates.sort(Comparator.comparingLong(
                template -> template.path.chars().filter(c -> c == '{').count()));
    }

    public JsonNode document() {
        return document;
    }

    /** The operation of the document that answers METHOD path (path without query), or null. */
    public JsonNode operation(String method, String path) {
        for (Template template : templates) {
            if (template.pattern.matcher(path).matches()) {
                JsonNode operation = document.path("paths").path(template.path).path(method.toLowerCase(Locale.ROOT));
                if (!operation.isMissingNode()) {
                    return operation;
                }
            }
        }
        return null;
    }

    /** What in the answer differs from the contract; empty when nothing does. */
    public List<String> violations(String method, String path, Response response) {
        return violations(
                method, path, response.statusCode(), response::getHeader, response.contentType(), response.asString());
    }

    /**
     * What in the answer differs from the contract, whatever HTTP client received it: its status,
     * its headers by name (null when absent), its Content-Type and its body as text (empty when none).
     */
    public List<String> violations(
            String method, String path, int status, Function<String, String> headers, String contentType, String body) {
        List<String> violations = new ArrayList<>();
        String where = method + " " + path + " → " + status + ": ";
        JsonNode operation = operation(method, path);
        if (operation == null) {
            violations.add(where + "no operation in the contract");
            return violations;
        }
        JsonNode declared = operation.path("responses").path(Integer.toString(status));
        if (declared.isMissingNode()) {
            declared = operation.path("responses").path("default");
        }
        if (declared.isMissingNode()) {
            violations.add(where + "status not declared");
            return violations;
        }
        declared = resolve(declared);
        for (String header : List.of("ETag", "Location")) {
            boolean promised = declared.path("headers").has(header);
            boolean sent = headers.apply(header) != null;
            if (promised != sent) {
                violations.add(
                        where + "header " + header + (sent ? " sent but not declared" : " declared but not sent"));
            }
        }
        if (body == null || body.isEmpty()) {
            return violations;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].strip();
        JsonNode content = declared.path("content");
        if (!content.has(mediaType)) {
            violations.add(where + "media type " + mediaType + " not declared (declared: " + names(content) + ")");
            return violations;
        }
        if (!mediaType.endsWith("json")) {
            return violations;
        }
        JsonNode schema = content.path(mediaType).path("schema");
        JsonSchema validator = schemas.computeIfAbsent(schema.toString(), key -> compile(schema));
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            violations.add(where + "body is not JSON");
            return violations;
        }
        for (ValidationMessage message : validator.validate(instance)) {
            violations.add(where + message.getMessage());
        }
        return violations;
    }

    /** The schema, within a document that carries the contract's components, so that its $refs resolve. */
    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", DIALECT);
        root.set("components", document.path("components"));
        root.setAll((ObjectNode) schema.deepCopy());
        return factory.getSchema(root, config);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> fields = node.fieldNames();
        fields.forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static final class Template {
        private final String path;
        private final Pattern pattern;

        Template(String path) {
            this.path = path;
            this.pattern = Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
        }
    }
}
