package org.gouvernail.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gouvernail.app.demo.DemoData;
import org.gouvernail.app.demo.DemoSeed;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.persistence.exit.OrganisationSchema;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input guarantees for the whole API, driven by the OpenAPI document the application
 * serves (no list of endpoints to keep up to date): every operation with a request body, path or
 * query parameters gets malformed JSON, wrong JSON types, unknown enum values, 100 kB strings, a null
 * for a required field or, in a merge patch, for a field the schema does not let be empty, malformed ids in the path, malformed parameters and malformed
 * If-Match, Idempotency-Key and Accept-Language headers. Each answer is a 4xx problem+json with a
 * type, never a 5xx, and none of the refused writes changes a row of the organisation (the reads are
 * probed first: a served read may be audited).
 *
 * <p>The operations run on the demo organisation (alice is its ADMIN), whose ids are found by
 * listing the parent collection, so that a probe reaches the body's reading and the resource rather
 * than stopping at a 404 for an unknown id.
 */
@QuarkusTest
class ContractHostileInputApiTest {

    private static final String PROBLEMS = "https://gouvernail.org/problems/";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Caller ALICE = new Caller("alice", "alice@demo.gouvernail.org", true, "Alice Dubois", false);
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String HUNDRED_KB = "x".repeat(100_000);
    private static final List<String> BAD_LANGUAGES =
            List.of("fr;q=2", "en;q=abc", ";;;,", "*;q=-1", "\u00e9t\u00e9", "en-", "x".repeat(300));

    @Inject
    DemoData demo;

    @Inject
    OrganisationManagement organisations;

    @Inject
    AgroalDataSource dataSource;

    private JsonNode document;
    private String organisation;
    private final Map<String, String> resolved = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int probes;

    @Test
    @TestSecurity(user = "alice")
    void everyOperationRefusesHostileInputWithAProblemAndWritesNothing() throws Exception {
        DemoSeed.seed(demo);
        OrganisationId entraide = organisations.me(ALICE).stream()
                .filter(mine -> mine.organisation().profile().slug().equals("entraide-quartier"))
                .findFirst()
                .orElseThrow()
                .organisation()
                .id();
        organisation = entraide.toString();
        document = JSON.readTree(given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        // the reads first: a served read may be audited (an export writes organisation.exported), a refusal never
        int operations = probeAll(List.of("get"));
        Map<String, Long> before = fingerprint(entraide);
        operations += probeAll(List.of("post", "put", "patch", "delete"));

        assertThat(failures)
                .as("%d probes of %d operations; answers that break the rules", probes, operations)
                .isEmpty();
        assertThat(operations).isGreaterThan(200);
        assertThat(fingerprint(entraide))
                .as("the organisation's rows after the refused requests")
                .isEqualTo(before);
    }

    private int probeAll(List<String> methods) {
        int operations = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : methods) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations++;
                    probe(method.toUpperCase(Locale.ROOT), path.getKey(), operation);
                }
            }
        }
        return operations;
    }

    private void probe(String method, String template, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
        String path = concrete(template, parameters);
        boolean safe = method.equals("GET");

        // malformed ids and values in the path
        for (JsonNode parameter : parameters) {
            if (!"path".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            for (String bad : badValues(schema(parameter.path("schema")), true)) {
                String hostile = concrete(template, parameters, name, bad);
                refused(
                        method,
                        template + " path " + name + "=" + bad,
                        request().body(validBodyOrEmpty(operation)),
                        hostile,
                        operation);
            }
        }
        // malformed query parameters
        for (JsonNode parameter : parameters) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            for (String bad : badValues(schema(parameter.path("schema")), false)) {
                refused(
                        method,
                        template + " query " + name + "=" + abbreviate(bad),
                        request().queryParam(name, bad).body(validBodyOrEmpty(operation)),
                        path,
                        operation);
            }
        }
        // malformed headers the operation declares
        for (JsonNode parameter : parameters) {
            if (!"header".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            List<String> bad = switch (name) {
                case "If-Match" -> List.of("garbage", "\"1\", \"2\"", "W/", "\"99999999999999999999\"");
                case "Idempotency-Key" -> List.of("\u00e9t\u00e9", "k".repeat(201));
                case "If-None-Match" -> List.of();
                default -> List.of();
            };
            for (String value : bad) {
                if (safe) {
                    answered(method, template + " header " + name, request().header(name, value), path);
                } else {
                    refused(
                            method,
                            template + " header " + name + "=" + abbreviate(value),
                            request().header(name, value).body(validBodyOrEmpty(operation)),
                            path,
                            operation);
                }
            }
        }
        if (safe) {
            answered(method, template + " bad Accept-Language", request(), path);
            return;
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode()) {
            return;
        }
        if (content.has("application/json")) {
            String type =
                    content.has("application/merge-patch+json") ? "application/merge-patch+json" : "application/json";
            body(
                    method,
                    template,
                    path,
                    type,
                    schema(content.path("application/json").path("schema")),
                    operation);
        } else if (content.has("text/csv")) {
            refused(method, template + " csv", request("text/csv").body("\"unterminated;\u0000\n;;;"), path, operation);
        } else if (content.has("application/zip")) {
            refused(
                    method,
                    template + " zip",
                    request("application/zip").body("not a zip".getBytes()),
                    path,
                    operation);
        }
    }

    private void body(String method, String template, String path, String type, JsonNode schema, JsonNode operation) {
        for (String malformed : List.of("{\"a\":", "{\"a\" 1}", "[", "nul", "{\"a\":1}}", "\u0000")) {
            refused(method, template + " malformed " + malformed, request(type).body(malformed), path, operation);
        }
        for (String wrong : List.of("[]", "\"text\"", "42", "true")) {
            refused(method, template + " body " + wrong, request(type).body(wrong), path, operation);
        }
        JsonNode properties = schema.path("properties");
        Iterator<String> names = properties.fieldNames();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        while (names.hasNext()) {
            String name = names.next();
            JsonNode property = schema(properties.path(name));
            boolean patch = type.equals("application/merge-patch+json");
            for (Map.Entry<String, JsonNode> bad :
                    badJson(property, required.contains(name), patch).entrySet()) {
                ObjectNode hostile = validBody(schema);
                hostile.set(name, bad.getValue());
                refused(
                        method,
                        template + " " + name + " " + bad.getKey(),
                        request(type).body(hostile.toString()),
                        path,
                        operation);
            }
        }
        ObjectNode unknown = validBody(schema);
        unknown.put("noSuchProperty", "x");
        refused(method, template + " unknown property", request(type).body(unknown.toString()), path, operation);
        // a duplicated key: which of the two a parser keeps is unspecified (RFC 8259 section 4), so a
        // proxy or a signature check may read the other one; the body is refused, never half-read
        Iterator<String> declared = properties.fieldNames();
        if (declared.hasNext()) {
            String name = declared.next();
            JsonNode value = validValue(schema(properties.path(name)), 0);
            ObjectNode body = validBody(schema);
            body.remove(name);
            String rest = body.isEmpty()
                    ? ""
                    : "," + body.toString().substring(1, body.toString().length() - 1);
            String twice = "{\"" + name + "\":" + value + ",\"" + name + "\":" + value + rest + "}";
            refused(method, template + " duplicate key " + name, request(type).body(twice), path, operation);
        }
    }

    /** Wrong JSON for one property, each labelled: a wrong type, an unknown enum value, 100 kB of text, a null it does not allow. */
    private Map<String, JsonNode> badJson(JsonNode property, boolean required, boolean patch) {
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        String type = type(property);
        if ("object".equals(type)) {
            bad.put("wrong type", NODES.numberNode(123));
        } else {
            ObjectNode object = NODES.objectNode();
            object.put("x", 1);
            bad.put("wrong type", object);
        }
        if (property.has("enum")) {
            bad.put("unknown enum", NODES.textNode("NO_SUCH_VALUE"));
        }
        if ("array".equals(type)) {
            JsonNode items = schema(property.path("items"));
            if (items.has("enum")) {
                bad.put("unknown enum in list", NODES.arrayNode().add("NO_SUCH_VALUE"));
            }
            if ("string".equals(type(items))) {
                bad.put("100 kB string in list", NODES.arrayNode().add(HUNDRED_KB));
            }
            bad.put("null in list", NODES.arrayNode().addNull());
        }
        if ("string".equals(type)) {
            bad.put("100 kB string", NODES.textNode(HUNDRED_KB));
            if (property.has("format")) {
                bad.put("not a " + property.path("format").asText(), NODES.textNode("2026-13-45T99:99 not-a-value"));
            }
        }
        if ("integer".equals(type) || "number".equals(type)) {
            bad.put("huge number", NODES.numberNode(new java.math.BigInteger("1" + "0".repeat(40))));
            bad.put("number as fraction", NODES.numberNode(new java.math.BigDecimal("1e400")));
        }
        // a null in a merge patch removes the value: refused where the schema allows none (a generated
        // client must not reset a field the contract says cannot be empty); in a creation, null is absence
        if (required || (patch && !nullable(property))) {
            bad.put("null", NODES.nullNode());
        }
        return bad;
    }

    /** Malformed values of a path or query parameter; a path also gets a malformed id. */
    private List<String> badValues(JsonNode schema, boolean inPath) {
        List<String> bad = new ArrayList<>();
        String type = type(schema);
        String format = schema.path("format").asText("");
        if (format.equals("uuid")) {
            bad.add("not-a-uuid");
            bad.add("00000000-0000-0000-0000-00000000000g");
        } else if (schema.has("enum")) {
            bad.add("NO_SUCH_VALUE");
        } else if ("integer".equals(type)) {
            bad.add("abc");
            bad.add("99999999999999999999");
            bad.add("-1");
        } else if ("boolean".equals(type)) {
            bad.add("maybe");
        } else if (format.equals("date")) {
            bad.add("2026-13-45");
        } else if (schema.has("maxLength") && schema.path("maxLength").asInt() < 1000) {
            bad.add("x".repeat(schema.path("maxLength").asInt() + 1));
        }
        if (schema.has("pattern") && !inPath) {
            bad.add("%%%\u00e9");
        }
        return bad;
    }

    private ObjectNode validBody(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        schema.path("required").forEach(name -> {
            JsonNode value = validValue(schema(schema.path("properties").path(name.asText())), 0);
            if (value != null) {
                body.set(name.asText(), value);
            }
        });
        return body;
    }

    private String validBodyOrEmpty(JsonNode operation) {
        JsonNode json = operation.path("requestBody").path("content").path("application/json");
        return json.isMissingNode()
                ? ""
                : validBody(schema(json.path("schema"))).toString();
    }

    /** A value the schema accepts, as far as its shape says: an example, the first enum value, something of the type. */
    private JsonNode validValue(JsonNode schema, int depth) {
        if (schema.has("examples") && schema.path("examples").size() > 0) {
            return schema.path("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.path("example");
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        String type = type(schema);
        return switch (type == null ? "" : type) {
            case "string" ->
                switch (schema.path("format").asText("")) {
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "date" -> NODES.textNode("2026-12-01");
                    case "date-time" -> NODES.textNode("2026-12-01T10:00:00Z");
                    case "email" -> NODES.textNode("probe@example.org");
                    case "uri" -> NODES.textNode("https://example.org/probe");
                    default -> NODES.textNode("Probe");
                };
            case "integer", "number" ->
                NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                int min = schema.path("minItems").asInt(0);
                var array = NODES.arrayNode();
                for (int i = 0; i < min && depth < 4; i++) {
                    JsonNode item = validValue(schema(schema.path("items")), depth + 1);
                    if (item != null) {
                        array.add(item);
                    }
                }
                yield array;
            }
            case "object" -> depth < 4 ? validBody(schema) : NODES.objectNode();
            default -> null;
        };
    }

    private static boolean nullable(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("null".equals(t.asText())) {
                    return true;
                }
            }
        }
        return schema.path("nullable").asBoolean(false);
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return null;
        }
        return type.isMissingNode() ? null : type.asText();
    }

    /** The schema with its $ref, allOf and anyOf/oneOf (of a value and null) followed. */
    private JsonNode schema(JsonNode schema) {
        for (int depth = 0; depth < 10; depth++) {
            if (schema.has("$ref")) {
                String ref = schema.path("$ref").asText();
                JsonNode target = document.at(ref.substring(1));
                if (schema.size() > 1) {
                    ObjectNode merged = ((ObjectNode) target.deepCopy());
                    schema.fields().forEachRemaining(field -> {
                        if (!field.getKey().equals("$ref")) {
                            merged.set(field.getKey(), field.getValue());
                        }
                    });
                    schema = merged;
                } else {
                    schema = target;
                }
            } else if (schema.has("allOf") && schema.path("allOf").size() == 1) {
                schema = schema.path("allOf").get(0);
            } else if (schema.has("anyOf") || schema.has("oneOf")) {
                JsonNode choices = schema.has("anyOf") ? schema.path("anyOf") : schema.path("oneOf");
                JsonNode chosen = null;
                for (JsonNode choice : choices) {
                    if (!"null".equals(choice.path("type").asText())) {
                        chosen = choice;
                        break;
                    }
                }
                if (chosen == null) {
                    return schema;
                }
                schema = chosen;
            } else {
                return schema;
            }
        }
        return schema;
    }

    private JsonNode resolve(JsonNode parameter) {
        return parameter.has("$ref")
                ? document.at(parameter.path("$ref").asText().substring(1))
                : parameter;
    }

    private String concrete(String template, List<JsonNode> parameters) {
        return concrete(template, parameters, null, null);
    }

    /** The template with each path parameter replaced: a real id where the parent collection lists one. */
    private String concrete(String template, List<JsonNode> parameters, String replaced, String replacement) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            path.append(template, last, matcher.start());
            String name = matcher.group(1);
            String value;
            if (name.equals(replaced)) {
                value = replacement;
            } else {
                value = value(name, path.toString(), parameters);
            }
            path.append(value);
            last = matcher.end();
        }
        path.append(template.substring(last));
        return path.toString();
    }

    private String value(String name, String prefix, List<JsonNode> parameters) {
        if (name.equals("orgId") || name.equals("organisationId")) {
            return organisation;
        }
        if (name.equals("slug")) {
            return "entraide-quartier";
        }
        JsonNode schema = parameters.stream()
                .filter(parameter -> name.equals(parameter.path("name").asText()))
                .map(parameter -> schema(parameter.path("schema")))
                .findFirst()
                .orElse(NODES.objectNode());
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        if ("integer".equals(type(schema))) {
            return "1";
        }
        String collection = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return resolved.computeIfAbsent(collection, this::firstId);
    }

    /** The id of the first item the collection lists, or a random one when it lists none. */
    private String firstId(String collection) {
        try {
            Response response = given().when().get(collection);
            if (response.statusCode() == 200 && response.contentType().startsWith("application/json")) {
                JsonNode listed = JSON.readTree(response.asString());
                JsonNode items = listed.isArray() ? listed : listed.path("items");
                if (items.isArray() && items.size() > 0 && items.get(0).hasNonNull("id")) {
                    return items.get(0).path("id").asText();
                }
            }
        } catch (Exception e) {
            // no list there: a random id
        }
        return UUID.randomUUID().toString();
    }

    /** Every probe has a malformed Accept-Language, and an If-Match that is stale or names no version. */
    private RequestSpecification request() {
        return given().header("Accept-Language", BAD_LANGUAGES.get(probes % BAD_LANGUAGES.size()))
                .header("If-Match", probes % 2 == 0 ? "\"987654\"" : "\"1\"");
    }

    private RequestSpecification request(String contentType) {
        return request().contentType(contentType);
    }

    /** The request must be refused: a 4xx problem with a type. */
    private void refused(String method, String label, RequestSpecification request, String path, JsonNode operation) {
        probes++;
        Response response = request.request(method, path);
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            failures.add(method + " " + label + " -> " + status + " " + abbreviate(response.asString()));
            return;
        }
        problem(method, label, response);
    }

    /** A safe request may be served; if it is refused, the refusal is a problem, and it is never a 5xx. */
    private void answered(String method, String label, RequestSpecification request, String path) {
        probes++;
        Response response = request.request(method, path);
        if (response.statusCode() >= 500) {
            failures.add(method + " " + label + " -> " + response.statusCode() + " " + abbreviate(response.asString()));
        } else if (response.statusCode() >= 400) {
            problem(method, label, response);
        }
    }

    private void problem(String method, String label, Response response) {
        String contentType = response.contentType();
        if (contentType == null || !contentType.startsWith(PROBLEM_JSON)) {
            failures.add(method + " " + label + " -> " + response.statusCode() + " not a problem: " + contentType + " "
                    + abbreviate(response.asString()));
            return;
        }
        String type = response.path("type");
        if (type == null || !type.startsWith(PROBLEMS)) {
            failures.add(method + " " + label + " -> " + response.statusCode() + " problem without type");
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }

    /** Each organisation table's row count and, where it has one, the sum of its versions. */
    private Map<String, Long> fingerprint(OrganisationId id) throws Exception {
        Map<String, Long> fingerprint = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            OrganisationSchema schema = OrganisationSchema.read(connection);
            for (String table : schema.tables()) {
                if (!schema.scoped(table)) {
                    continue;
                }
                boolean versioned = schema.columns(table).stream()
                        .anyMatch(column -> column.name().equals("version"));
                String sql = "SELECT COUNT(*)" + (versioned ? ", COALESCE(SUM(version), 0)" : ", 0") + " FROM " + table
                        + " WHERE " + schema.condition(table);
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, id.toString());
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        fingerprint.put(table, rows.getLong(1));
                        fingerprint.put(table + ".version", rows.getLong(2));
                    }
                }
            }
        }
        return fingerprint;
    }
}
