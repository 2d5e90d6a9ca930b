package org.gouvernail.app.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/** Organisations through HTTP: registration, reading with ETag, merge-patch updates with If-Match. */
@QuarkusTest
class OrganisationApiTest {

    @Inject
    World world;

    private static String registration(String slug) {
        return "{\"kind\":\"ASSOCIATION\",\"name\":\"Entraide Nord asbl\",\"slug\":\"" + slug + "\",\"country\":\"BE\","
                + "\"size\":{\"staff\":4,\"volunteers\":25},\"locale\":\"fr\"}";
    }

    private static String slug() {
        return "asbl-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @TestSecurity(user = "pat", roles = "platform-admin")
    void aPlatformAdminRegistersAnOrganisationAndBecomesItsAdmin() {
        String slug = slug();
        String id = given().contentType("application/json")
                .body(registration(slug))
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/organisations/"))
                .header("ETag", "\"0\"")
                .body("kind", equalTo("ASSOCIATION"))
                .body("size.volunteers", equalTo(25))
                .extract()
                .path("id");

        given().when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("platformAdmin", equalTo(true))
                .body("memberships.find { it.organisationId == '" + id + "' }.roles", hasItem("ADMIN"));
        given().when()
                .get("/api/v1/organisations?limit=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    @TestSecurity(user = "pat", roles = "platform-admin")
    void aTakenSlugIsAConflict() {
        String slug = slug();
        given().contentType("application/json")
                .body(registration(slug))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201);

        given().contentType("application/json")
                .body(registration(slug))
                .header("Accept-Language", "en")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/slug-taken"))
                .body("detail", containsString(slug));
    }

    @Test
    @TestSecurity(user = "pat", roles = "platform-admin")
    void invalidFieldsAreListedInTheCallersLanguage() {
        String body =
                "{\"kind\":\"ASSOCIATION\",\"name\":\"\",\"slug\":\"Pas Un Slug\",\"country\":\"Belgique\",\"size\":{\"staff\":-1}}";
        given().contentType("application/json")
                .body(body)
                .header("Accept-Language", "fr-BE,fr;q=0.9")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/validation"))
                .body("title", equalTo("Requête invalide"))
                .body("errors.field", hasItems("name", "slug", "country", "size.staff"));
        given().contentType("application/json")
                .body(body)
                .header("Accept-Language", "en-GB,en;q=0.8")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(400)
                .body("title", equalTo("Invalid request"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "platform-admin")
    void unknownPropertiesUnknownEnumsAndBrokenJsonAre400() {
        given().contentType("application/json")
                .body("{\"kind\":\"ASSOCIATION\",\"name\":\"X\",\"slug\":\"x-y\",\"country\":\"BE\",\"iban\":\"BE00\"}")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("iban"));
        given().contentType("application/json")
                .body("{\"kind\":\"CLUB\",\"name\":\"X\",\"slug\":\"x-y\",\"country\":\"BE\"}")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("FEDERATION"));
        given().contentType("application/json")
                .body("{\"kind\":")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/malformed-json"));
        given().contentType("application/json")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "pat", roles = "platform-admin")
    void wrongMediaTypesAndOversizedBodiesAreRefusedAsProblems() {
        given().contentType("text/plain")
                .body("hello")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/payload-too-large"));
        given().when().delete("/api/v1/organisations").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void anUpdateNeedsTheCurrentETagAndNeverOverwritesSilently() {
        OrganisationId org = world.association(World.ADMIN);
        String path = "/api/v1/organisations/" + org;
        String etag = given().when()
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304);

        given().contentType("application/merge-patch+json")
                .body("{\"name\":\"Nouveau nom\"}")
                .when()
                .patch(path)
                .then()
                .statusCode(428)
                .body("type", equalTo("https://gouvernail.org/problems/precondition-required"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"name\":\"Nouveau nom\",\"size\":{\"staff\":9}}")
                .when()
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Nouveau nom"))
                .body("size.staff", equalTo(9))
                .body("size.volunteers", equalTo(30));
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", etag)
                .body("{\"name\":\"Écrasement\"}")
                .when()
                .patch(path)
                .then()
                .statusCode(412)
                .body("type", equalTo("https://gouvernail.org/problems/stale-version"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body("{\"id\":\"" + UUID.randomUUID() + "\"}")
                .when()
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("id"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "abc")
                .body("{\"name\":\"X\"}")
                .when()
                .patch(path)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://gouvernail.org/problems/invalid-if-match"));
        given().when().get(path).then().statusCode(200).body("name", equalTo("Nouveau nom"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void anUnknownOrMalformedIdIs404() {
        given().when()
                .get("/api/v1/organisations/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("type", equalTo("https://gouvernail.org/problems/not-found"));
        given().when()
                .get("/api/v1/organisations/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when()
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("instance", startsWith("/api/v1/"));
    }
}
