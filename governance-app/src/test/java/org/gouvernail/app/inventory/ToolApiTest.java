package org.gouvernail.app.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The AI tool inventory through HTTP: declaring, filtering, paging, reviewing, retiring. */
@QuarkusTest
class ToolApiTest {

    private static Scene scene;

    @Inject
    World world;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String tools() {
        return "/api/v1/organisations/" + scene.org() + "/tools";
    }

    private static String declare(String name, String category, String dataCategories) {
        return given().contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"vendor\":\"Éditeur\",\"category\":\"" + category
                        + "\",\"accountType\":\"PROFESSIONAL\","
                        + "\"hostingRegion\":\"EU\",\"dataCategories\":" + dataCategories
                        + ",\"teams\":[\" Accueil \",\"Accueil\"],"
                        + "\"estimatedUsers\":3,\"yearlyCostEur\":120.50}")
                .when()
                .post(tools())
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DECLARED"))
                .body("teams", contains("Accueil"))
                .extract()
                .path("id");
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorDeclaresAToolAndFindsItWithTheFilters() {
        String whisper = declare("Whisper local", "TRANSCRIPTION", "[\"SENSITIVE\",\"PERSONAL\"]");
        declare("Affiches IA", "IMAGE_GENERATION", "[\"PUBLIC\"]");

        given().queryParam("dataCategory", "SENSITIVE")
                .when()
                .get(tools())
                .then()
                .statusCode(200)
                .body("items.id", contains(whisper))
                .body("items[0].highestDataCategory", equalTo("SENSITIVE"));
        given().queryParam("category", "IMAGE_GENERATION")
                .queryParam("text", "affiches")
                .when()
                .get(tools())
                .then()
                .statusCode(200)
                .body("items.name", contains("Affiches IA"));
        given().queryParam("status", "DECLARED")
                .queryParam("text", "whisper")
                .when()
                .get(tools())
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        given().queryParam("status", "PUBLISHED")
                .when()
                .get(tools())
                .then()
                .statusCode(400)
                .body("type", equalTo("https://gouvernail.org/problems/invalid-parameter"));
        given().queryParam("limit", 0).when().get(tools()).then().statusCode(400);
        given().queryParam("cursor", "%%%")
                .when()
                .get(tools())
                .then()
                .statusCode(400)
                .body("type", equalTo("https://gouvernail.org/problems/invalid-cursor"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        for (int i = 0; i < 5; i++) {
            declare("Outil " + i, "OTHER", "[]");
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = given().queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get(tools()).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 50);
        org.assertj.core.api.Assertions.assertThat(seen).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void theDeclarerCorrectsAndDeletesAToolNobodyReviewedYet() {
        String id = declare("Erreur de saisie", "OTHER", "[]");
        String path = tools() + "/" + id;

        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"vendor\":null,\"dataCategories\":[\"INTERNAL\"],\"yearlyCostEur\":-3}")
                .when()
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("yearlyCostEur"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"vendor\":null,\"dataCategories\":[\"INTERNAL\"]}")
                .when()
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("vendor", nullValue())
                .body("dataCategories", contains("INTERNAL"))
                .body("estimatedUsers", equalTo(3));
        given().header("If-Match", "\"0\"").when().delete(path).then().statusCode(412);
        given().header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theCommitteeStartsTheReviewThenRetiresButNeverApproves() {
        String id = given().contentType("application/json")
                .body("{\"name\":\"Chatbot accueil\",\"category\":\"CHATBOT\",\"accountType\":\"ENTERPRISE\"}")
                .when()
                .post(tools())
                .then()
                .statusCode(201)
                .body("hostingRegion", equalTo("UNKNOWN"))
                .extract()
                .path("id");
        String path = tools() + "/" + id;

        given().when().post(path + "/start-review").then().statusCode(428);
        given().header("If-Match", "\"0\"")
                .when()
                .post(path + "/start-review")
                .then()
                .statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .header("ETag", "\"1\"");
        given().header("If-Match", "\"1\"")
                .when()
                .post(path + "/start-review")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/transition-refused"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body("{\"status\":\"APPROVED\"}")
                .when()
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().header("If-Match", "\"1\"")
                .when()
                .post(path + "/retire")
                .then()
                .statusCode(200)
                .body("status", equalTo("RETIRED"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"2\"")
                .body("{\"name\":\"Autre\"}")
                .when()
                .patch(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/tool-retired"));
        given().when()
                .get("/api/v1/organisations/" + scene.org() + "/tools/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("RETIRED"));
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void everyChangeIsInTheAuditTrail() {
        given().when()
                .get("/api/v1/organisations/" + scene.org() + "/audit-events?limit=200")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("tool.declared"))
                .body("items.action", hasItem("member.invited"))
                .body("items.action", hasItem("member.invitation-accepted"))
                .body("items.action", hasItem("organisation.registered"))
                .body(
                        "items.findAll { it.action == 'tool.declared' }.summary",
                        hasItem(org.hamcrest.Matchers.containsString("name: ChatGPT")));
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theDataReferentCorrectsAnyToolButCannotMoveItsStatus() {
        String path = tools() + "/" + scene.tool().id();
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"dataCategories\":[\"PERSONAL\",\"BENEFICIARY_VULNERABLE\"]}")
                .when()
                .patch(path)
                .then()
                .statusCode(200)
                .body("dataCategories", containsInAnyOrder("PERSONAL", "BENEFICIARY_VULNERABLE"));
        String next = given().when().get(path).then().extract().header("ETag");
        given().header("If-Match", next).when().post(path + "/retire").then().statusCode(403);
    }
}
