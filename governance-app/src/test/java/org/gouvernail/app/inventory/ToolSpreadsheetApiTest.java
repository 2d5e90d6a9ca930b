package org.gouvernail.app.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inventory spreadsheets: CSV import with dry run (all rows or none), CSV and JSON export. */
@QuarkusTest
class ToolSpreadsheetApiTest {

    private static Scene scene;

    @Inject
    World world;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static final String FRENCH_SHEET =
            "\uFEFFNom;Éditeur;Catégorie;Type de compte;Hébergement;Catégories de données;Équipes;Utilisateurs estimés;Coût annuel (EUR)\n"
                    + "Otter;Otter.ai;transcription;personal free;united states;PERSONAL|INTERNAL;Coordination;2;0\n"
                    + "Mistral Le Chat;Mistral AI;chatbot;PROFESSIONAL;EU;INTERNAL;Accueil|Communication;4;\"179,88\"\n";

    private static final String BROKEN_SHEET = "name,vendor,category,account type,data categories,yearly cost EUR\n"
            + "Good one,Vendor,OTHER,PROFESSIONAL,PUBLIC,10\n"
            + ",Nobody,MAGIC,PROFESSIONAL,SECRET,abc\n";

    private static String tools() {
        return "/api/v1/organisations/" + scene.org() + "/tools";
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aFrenchSpreadsheetIsCheckedThenImported() {
        given().contentType("text/csv; charset=UTF-8")
                .body(FRENCH_SHEET)
                .queryParam("dryRun", true)
                .when()
                .post(tools() + "/import")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("rows", equalTo(2))
                .body("created", equalTo(0))
                .body("problems", hasSize(0));
        given().queryParam("text", "otter").when().get(tools()).then().body("items", hasSize(0));

        given().contentType("text/csv; charset=UTF-8")
                .body(FRENCH_SHEET)
                .when()
                .post(tools() + "/import")
                .then()
                .statusCode(201)
                .body("created", equalTo(2))
                .body("createdIds", hasSize(2));
        given().queryParam("text", "mistral")
                .when()
                .get(tools())
                .then()
                .body("items[0].yearlyCostEur", equalTo(179.88f))
                .body("items[0].teams", hasItems("Accueil", "Communication"))
                .body("items[0].accountType", equalTo("PROFESSIONAL"));
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aBadRowNeverHalfImportsAFile() {
        given().contentType("text/csv; charset=UTF-8")
                .body(BROKEN_SHEET)
                .queryParam("dryRun", true)
                .header("Accept-Language", "en")
                .when()
                .post(tools() + "/import")
                .then()
                .statusCode(200)
                .body("rows", equalTo(2))
                .body("problems.field", hasItems("category", "dataCategories", "yearlyCostEur"))
                .body("problems.line", hasItem(3));
        given().contentType("text/csv; charset=UTF-8")
                .body(BROKEN_SHEET)
                .when()
                .post(tools() + "/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/import-refused"))
                .body("errors.field", hasItem(startsWith("line 3")));
        given().queryParam("text", "good one").when().get(tools()).then().body("items", hasSize(0));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void unknownColumnsAreNamed() {
        given().contentType("text/csv; charset=UTF-8")
                .body("nom,couleur\nX,bleu\n")
                .queryParam("dryRun", true)
                .when()
                .post(tools() + "/import")
                .then()
                .statusCode(200)
                .body("problems[0].field", equalTo("couleur"))
                .body("problems[0].line", equalTo(1));
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void theInventoryExportsAsFrenchCsvAndAsJson() {
        given().header("Accept-Language", "fr")
                .when()
                .get(tools() + "/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .body(startsWith("id;nom;editeur"))
                .body(containsString("ChatGPT;OpenAI"));
        given().header("Accept-Language", "en")
                .when()
                .get(tools() + "/export")
                .then()
                .statusCode(200)
                .body(startsWith("id,name,vendor"));
        given().queryParam("format", "json")
                .when()
                .get(tools() + "/export")
                .then()
                .statusCode(200)
                .body("name", hasItem("ChatGPT"));
        given().queryParam("format", "xml")
                .when()
                .get(tools() + "/export")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsInventoryCanBeNeitherImportedIntoNorExported() {
        given().contentType("text/csv; charset=UTF-8")
                .body(FRENCH_SHEET)
                .queryParam("dryRun", true)
                .when()
                .post(tools() + "/import")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when().get(tools() + "/export").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorCannotImport() {
        given().contentType("text/csv; charset=UTF-8")
                .body(FRENCH_SHEET)
                .queryParam("dryRun", true)
                .when()
                .post(tools() + "/import")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://gouvernail.org/problems/forbidden"));
    }

    @Test
    void noTokenNoSpreadsheet() {
        given().contentType("text/csv; charset=UTF-8")
                .body(FRENCH_SHEET)
                .when()
                .post(tools() + "/import")
                .then()
                .statusCode(401);
        given().when().get(tools() + "/export").then().statusCode(401);
    }
}
