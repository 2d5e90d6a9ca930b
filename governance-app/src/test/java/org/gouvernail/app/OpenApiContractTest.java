package org.gouvernail.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gouvernail.app.support.ContractValidator;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract as clients consume it (issue 10): the answers of the main intranet flows match the
 * OpenAPI document the application serves, so that a drift between code and contract fails the
 * build; and the document has the shape generated clients need.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static Scene scene;
    private static ContractValidator contract;

    @Inject
    World world;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
        if (contract == null) {
            contract = new ContractValidator(given().queryParam("format", "json")
                    .when()
                    .get("/q/openapi")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
        }
    }

    private static String org() {
        return "/api/v1/organisations/" + scene.org();
    }

    /** Sends the request and fails on any difference between the answer and the contract. */
    private static Response call(String method, String path, RequestSpecification request) {
        Response response = request.request(method, path);
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        assertThat(contract.violations(method, bare, response))
                .as(method + " " + path + ": " + response.asString())
                .isEmpty();
        return response;
    }

    private static Response call(String method, String path) {
        return call(method, path, given());
    }

    private static String declare(String name, String category) {
        Response created = call(
                "POST",
                org() + "/tools",
                given().contentType("application/json").body("""
                {"name": "%s", "vendor": "Éditeur", "category": "%s", "accountType": "PROFESSIONAL", "hostingRegion": "EU",
                 "dataCategories": ["INTERNAL"], "teams": ["Accueil"], "estimatedUsers": 3, "yearlyCostEur": 120.50}""".formatted(name, category)));
        assertThat(created.statusCode()).isEqualTo(201);
        return created.path("id");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void myOrganisationsAndTheOrganisationMatchTheContract() {
        Response me = call("GET", "/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/organisations").statusCode()).isEqualTo(200);
        Response organisation = call("GET", org());
        assertThat(organisation.statusCode()).isEqualTo(200);
        String etag = organisation.header("ETag");
        assertThat(call("GET", org(), given().header("If-None-Match", etag)).statusCode())
                .isEqualTo(304);
        // the size's counts may be removed (null): the schema says so
        Response patched = call(
                "PATCH",
                org(),
                given().contentType(MERGE_PATCH).header("If-Match", etag).body("{\"size\": {\"volunteers\": null}}"));
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(patched.<Integer>path("size.staff")).isEqualTo(5);
        assertThat(patched.<Object>path("size.volunteers")).isNull();
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void declaringListingPatchingAndReadingAToolMatchTheContract() {
        String first = declare("Contrat A", "TRANSCRIPTION");
        String second = declare("Contrat B", "TRANSCRIPTION");
        declare("Contrat C", "TRANSCRIPTION");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = call(
                    "GET",
                    org() + "/tools?category=TRANSCRIPTION&text=contrat&limit=2"
                            + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.statusCode()).isEqualTo(200);
            seen.addAll(page.jsonPath().getList("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).hasSize(3).doesNotHaveDuplicates().contains(first, second);

        Response read = call("GET", org() + "/tools/" + first);
        String etag = read.header("ETag");
        assertThat(call("GET", org() + "/tools/" + first, given().header("If-None-Match", etag))
                        .statusCode())
                .isEqualTo(304);
        Response patched = call(
                "PATCH",
                org() + "/tools/" + first,
                given().contentType(MERGE_PATCH)
                        .header("If-Match", etag)
                        .body("{\"estimatedUsers\": 12, \"description\": null}"));
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(patched.<Integer>path("estimatedUsers")).isEqualTo(12);
        assertThat(patched.<Object>path("description")).isNull();
        // what the patch did not name stays as it was: no default sneaks in
        for (String untouched : List.of(
                "name",
                "vendor",
                "category",
                "accountType",
                "hostingRegion",
                "dataCategories",
                "teams",
                "yearlyCostEur")) {
            assertThat(patched.<Object>path(untouched)).as(untouched).isEqualTo(read.path(untouched));
        }
        assertThat(patched.<String>path("hostingRegion")).isEqualTo("EU");
        assertThat(call(
                                "PATCH",
                                org() + "/tools/" + first,
                                given().contentType(MERGE_PATCH)
                                        .header("If-Match", etag)
                                        .body("{\"estimatedUsers\": 13}"))
                        .statusCode())
                .isEqualTo(412);

        assertThat(call("GET", org() + "/tools/export?format=json&category=TRANSCRIPTION")
                        .statusCode())
                .isEqualTo(200);
        assertThat(call("GET", org() + "/tools/export?format=csv&category=TRANSCRIPTION")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void thePolicyCheckMatchesTheContract() {
        Response check = call(
                "GET",
                org() + "/policy-check?tool=" + scene.tool().id().value() + "&activity=WRITING&dataCategory=INTERNAL");
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(call("GET", org() + "/policy-check?category=TEXT_GENERATION&dataCategory=PUBLIC")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void problemsMatchTheContract() {
        Response invalid = call(
                "POST",
                org() + "/tools",
                given().contentType("application/json")
                        .header("Accept-Language", "en")
                        .body("{\"name\": \" \", \"category\": \"OTHER\", \"accountType\": \"PROFESSIONAL\"}"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(call("GET", org() + "/tools/" + java.util.UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        assertThat(call("GET", org() + "/tools?limit=0").statusCode()).isEqualTo(400);
        assertThat(call(
                                "PATCH",
                                org() + "/tools/" + scene.tool().id().value(),
                                given().contentType(MERGE_PATCH).body("{\"estimatedUsers\": 2}"))
                        .statusCode())
                .isEqualTo(428);
    }

    @Test
    void everyPatchHasItsOwnSchemaWithoutRequiredNorDefault() {
        JsonNode document = contract.document();
        JsonNode schemas = document.path("components").path("schemas");
        Set<String> creation = new HashSet<>();
        Set<String> patches = new HashSet<>();
        document.path("paths")
                .forEach(item -> item.fields().forEachRemaining(entry -> {
                    JsonNode content = entry.getValue().path("requestBody").path("content");
                    if (entry.getKey().equals("patch")) {
                        assertThat(content.has(MERGE_PATCH))
                                .as("PATCH reads " + MERGE_PATCH)
                                .isTrue();
                        content.forEach(type ->
                                patches.add(type.path("schema").path("$ref").asText()));
                    } else {
                        content.forEach(type ->
                                creation.add(type.path("schema").path("$ref").asText()));
                    }
                }));
        assertThat(patches).hasSize(20).doesNotContainAnyElementsOf(creation);
        // a patch's nested objects are patches too; arrays are replaced whole and keep their item schema
        for (String ref : patches) {
            Set<String> reached = new HashSet<>();
            reach(document, ref, reached);
            for (String name : reached) {
                JsonNode schema = schemas.path(name.substring("#/components/schemas/".length()));
                if (name.endsWith("Patch")) {
                    assertThat(schema.has("required"))
                            .as(name + " requires nothing")
                            .isFalse();
                }
                assertThat(schema.toString()).as(name + " has no default").doesNotContain("\"default\"");
            }
        }
    }

    @Test
    void parametersAreTypedAndTheBearerSchemeIsAccepted() {
        JsonNode document = contract.document();
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asText())
                .isEqualTo("bearer");
        document.path("paths")
                .fields()
                .forEachRemaining(item -> item.getValue().fields().forEachRemaining(entry -> {
                    JsonNode operation = entry.getValue();
                    String name = entry.getKey() + " " + item.getKey();
                    operation.path("parameters").forEach(parameter -> {
                        JsonNode schema = parameter.path("schema");
                        if (!parameter.has("$ref")) {
                            assertThat(schema.has("type") || schema.has("$ref"))
                                    .as(name + " " + parameter.path("name") + " has a type")
                                    .isTrue();
                            assertThat(schema.path("format").asText().equals("uuid") && schema.has("pattern"))
                                    .as(name + " uuid pattern")
                                    .isFalse();
                        }
                    });
                    // an empty list declares a public operation (the calendar feed, the unsubscribe link)
                    if (operation.has("security") && !operation.path("security").isEmpty()) {
                        assertThat(operation.path("security").toString())
                                .as(name)
                                .contains("\"bearer\"")
                                .contains("\"oidc\"");
                    }
                }));
        assertThat(document.path("components").path("schemas").fieldNames())
                .toIterable()
                .noneMatch(name -> name.startsWith("Listing"));
        assertThat(document.path("paths")
                        .path("/api/v1/reference/policy-templates/{templateId}")
                        .path("get")
                        .path("parameters")
                        .toString())
                .doesNotContain("uuid");
    }

    private static void reach(JsonNode document, String ref, Set<String> reached) {
        if (!ref.startsWith("#/components/schemas/") || !reached.add(ref)) {
            return;
        }
        collectRefs(document.at(ref.substring(1)), document, reached);
    }

    private static void collectRefs(JsonNode node, JsonNode document, Set<String> reached) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                reach(document, node.get("$ref").asText(), reached);
            }
            node.forEach(child -> collectRefs(child, document, reached));
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, document, reached));
        }
    }
}
