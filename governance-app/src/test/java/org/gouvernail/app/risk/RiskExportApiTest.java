package org.gouvernail.app.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The risk register exported as CSV (French or English) and JSON, only to the organisation's members. */
@QuarkusTest
class RiskExportApiTest {

    private static Scene scene;

    @Inject
    World world;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String risks() {
        return "/api/v1/organisations/" + scene.org() + "/risks";
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void theRegisterExportsAsCsvAndJson() {
        given().contentType("application/json")
                .body("{\"fromCatalogue\":\"R01\"}")
                .when()
                .post(risks())
                .then()
                .statusCode(201);

        given().header("Accept-Language", "fr")
                .when()
                .get(risks() + "/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("registre-risques.csv"))
                .body(startsWith("id;titre;categorie;vraisemblance"))
                .body(containsString(";PRIVACY;"));
        given().header("Accept-Language", "en")
                .when()
                .get(risks() + "/export")
                .then()
                .statusCode(200)
                .body(startsWith("id,title,category"));
        given().queryParam("format", "json")
                .when()
                .get(risks() + "/export")
                .then()
                .statusCode(200)
                .body("fromCatalogue", hasItem("R01"));
        given().queryParam("format", "pdf")
                .when()
                .get(risks() + "/export")
                .then()
                .statusCode(400);
        given().queryParam("level", "EXTREME")
                .when()
                .get(risks() + "/export")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsRegisterIsNotFound() {
        given().when().get(risks() + "/export").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void noTokenNoExport() {
        given().when().get(risks() + "/export").then().statusCode(401).contentType("application/problem+json");
    }
}
