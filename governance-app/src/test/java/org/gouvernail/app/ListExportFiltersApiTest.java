package org.gouvernail.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A list and its export select the same rows for the same filters (JSON and CSV alike), and a
 * filter value that cannot be read is a 400 naming the parameter on both, never ignored. The
 * association is fresh, so every case knows exactly which rows it must see.
 */
@QuarkusTest
class ListExportFiltersApiTest {

    private static final Pattern CSV_ID =
            Pattern.compile("^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[;,]", Pattern.MULTILINE);

    private static Scene scene;
    private static String chatGpt;
    private static String zeta;
    private static String posters;
    private static String leak;
    private static String bias;
    private static String flaw;

    @Inject
    World world;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            chatGpt = scene.tool().id().toString();
        }
    }

    private static String tools() {
        return "/api/v1/organisations/" + scene.org() + "/tools";
    }

    private static String risks() {
        return "/api/v1/organisations/" + scene.org() + "/risks";
    }

    /** Beside the scene's ChatGPT (DECLARED, TEXT_GENERATION, INTERNAL and PERSONAL, by OpenAI): Zeta under review, posters declared. */
    private static void declareTools() {
        if (zeta != null) {
            return;
        }
        zeta = declare("{\"name\":\"Zeta transcripteur\",\"vendor\":\"Zeta Labs\",\"category\":\"TRANSCRIPTION\","
                + "\"accountType\":\"ENTERPRISE\",\"dataCategories\":[\"SENSITIVE\"]}");
        given().header("If-Match", "\"0\"")
                .when()
                .post(tools() + "/" + zeta + "/start-review")
                .then()
                .statusCode(200);
        posters = declare("{\"name\":\"Affiches\",\"vendor\":\"Canva\",\"category\":\"IMAGE_GENERATION\","
                + "\"accountType\":\"PROFESSIONAL\",\"dataCategories\":[\"PUBLIC\"]}");
    }

    /**
     * A leak (CRITICAL, on ChatGPT, review past due), a bias (LOW, no tool, then closed) and a flaw
     * (MEDIUM, on ChatGPT, no review date).
     */
    private static void raiseRisks() {
        if (leak != null) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        leak = raise("{\"title\":\"Fuite\",\"category\":\"PRIVACY\",\"likelihood\":4,\"severity\":5,\"toolIds\":[\""
                + chatGpt + "\"],\"nextReviewDate\":\"" + today.minusDays(2) + "\"}");
        bias = raise("{\"title\":\"Biais\",\"category\":\"BIAS_DISCRIMINATION\",\"likelihood\":1,\"severity\":2,"
                + "\"nextReviewDate\":\"" + today.plusMonths(3) + "\"}");
        given().header("If-Match", "\"0\"")
                .when()
                .post(risks() + "/" + bias + "/close")
                .then()
                .statusCode(200);
        flaw = raise("{\"title\":\"Faille\",\"category\":\"SECURITY\",\"likelihood\":3,\"severity\":3,\"toolIds\":[\""
                + chatGpt + "\"]}");
    }

    private static String declare(String body) {
        return given().contentType("application/json")
                .body(body)
                .when()
                .post(tools())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String raise(String body) {
        return given().contentType("application/json")
                .body(body)
                .when()
                .post(risks())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theToolListAndItsExportSelectTheSameToolsForEveryFilter() {
        declareTools();
        sameRows(tools(), Map.of(), chatGpt, zeta, posters);
        sameRows(tools(), Map.of("status", "UNDER_REVIEW"), zeta);
        sameRows(tools(), Map.of("status", "DECLARED"), chatGpt, posters);
        sameRows(tools(), Map.of("category", "IMAGE_GENERATION"), posters);
        sameRows(tools(), Map.of("dataCategory", "PERSONAL"), chatGpt);
        sameRows(tools(), Map.of("text", "zeta"), zeta);
        sameRows(tools(), Map.of("text", "openai"), chatGpt);
        sameRows(tools(), Map.of("status", "DECLARED", "dataCategory", "PUBLIC"), posters);
        sameRows(tools(), Map.of("status", "RETIRED"));
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theRiskListAndItsExportSelectTheSameRisksForEveryFilter() {
        raiseRisks();
        sameRows(risks(), Map.of(), leak, bias, flaw);
        sameRows(risks(), Map.of("status", "OPEN"), leak, flaw);
        sameRows(risks(), Map.of("status", "CLOSED"), bias);
        sameRows(risks(), Map.of("level", "CRITICAL"), leak);
        sameRows(risks(), Map.of("level", "MEDIUM"), flaw);
        sameRows(risks(), Map.of("category", "SECURITY"), flaw);
        sameRows(risks(), Map.of("toolId", chatGpt), leak, flaw);
        sameRows(risks(), Map.of("toolId", scene.otherTool().id().toString()));
        sameRows(risks(), Map.of("overdue", "true"), leak);
        sameRows(risks(), Map.of("overdue", "false"), bias, flaw);
        sameRows(risks(), Map.of("toolId", chatGpt, "level", "CRITICAL"), leak);
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void anUnreadableToolFilterIsA400NamingItOnTheListAndTheExport() {
        for (Map.Entry<String, String> bad : Map.of(
                        "status", "PUBLISHED", "category", "MAGIC", "dataCategory", "SECRET")
                .entrySet()) {
            refusedOnBoth(tools(), bad.getKey(), bad.getValue(), "invalid-parameter");
        }
        refusedOnBoth(tools(), "text", "z".repeat(101), "validation");
        refused(tools() + "/export", "format", "pdf", "invalid-parameter");
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void anUnreadableRiskFilterIsA400NamingItOnTheListAndTheExport() {
        Map<String, String> bad = Map.of(
                "status",
                "DONE",
                "level",
                "EXTREME",
                "category",
                "WEATHER",
                "toolId",
                "not-a-uuid",
                "overdue",
                "maybe");
        for (Map.Entry<String, String> filter : bad.entrySet()) {
            refusedOnBoth(risks(), filter.getKey(), filter.getValue(), "invalid-parameter");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void anUnreadableLimitIsA400LikeAnOutOfRangeOne() {
        for (String path : List.of(
                tools(),
                risks(),
                "/api/v1/organisations/" + scene.org() + "/use-cases",
                "/api/v1/organisations/" + scene.org() + "/members",
                "/api/v1/organisations")) {
            refused(path, "limit", "abc", "invalid-parameter");
            refused(path, "limit", "201", "invalid-parameter");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void anUnreadableUseCaseFilterIsA400() {
        String useCases = "/api/v1/organisations/" + scene.org() + "/use-cases";
        refused(useCases, "status", "DREAM", "invalid-parameter");
        refused(useCases, "peopleAffected", "ALIENS", "invalid-parameter");
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aMalformedToolOfThePolicyCheckIsA400NotAnUnknownTool() {
        String check = "/api/v1/organisations/" + scene.org() + "/policy-check?dataCategory=PUBLIC";
        refused(check, "tool", "not-a-uuid", "invalid-parameter");
        given().queryParam("tool", scene.otherTool().id().toString())
                .when()
                .get(check)
                .then()
                .statusCode(404);
    }

    /** The list, the JSON export and the CSV export give exactly {@code expected}, in the same order. */
    private static void sameRows(String path, Map<String, String> filters, String... expected) {
        List<String> listed = given().queryParams(filters)
                .queryParam("limit", 200)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        List<String> json = given().queryParams(filters)
                .queryParam("format", "json")
                .when()
                .get(path + "/export")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id");
        String csv = given().queryParams(filters)
                .header("Accept-Language", "en")
                .when()
                .get(path + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> csvIds = new ArrayList<>();
        Matcher row = CSV_ID.matcher(csv);
        while (row.find()) {
            csvIds.add(row.group(1));
        }
        assertThat(listed).as("list %s", filters).containsExactly(expected);
        assertThat(json).as("JSON export %s", filters).isEqualTo(listed);
        assertThat(csvIds).as("CSV export %s", filters).isEqualTo(listed);
    }

    private static void refusedOnBoth(String path, String parameter, String value, String problem) {
        refused(path, parameter, value, problem);
        refused(path + "/export", parameter, value, problem);
        given().queryParam(parameter, value)
                .queryParam("format", "json")
                .when()
                .get(path + "/export")
                .then()
                .statusCode(400);
    }

    private static void refused(String path, String parameter, String value, String problem) {
        given().queryParam(parameter, value)
                .header("Accept-Language", "en")
                .when()
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/" + problem))
                .body("errors.field", hasItem(parameter));
    }
}
