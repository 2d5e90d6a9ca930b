package org.gouvernail.app.exit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.exit.port.in.OrganisationExit;
import org.gouvernail.domain.exit.port.in.PrintableDocuments;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/** The exit endpoints over HTTP: the archive, its import by the platform admin, the closure and its cancellation. */
@QuarkusTest
class OrganisationExitApiTest {

    private static final String CLOSER = "exit-closer";
    private static final String EXPORTER = "exit-exporter";

    @Inject
    World world;

    @Inject
    OrganisationExit exit;

    @Test
    @TestSecurity(user = EXPORTER)
    void anAdminDownloadsTheArchiveWithItsManifestAndDigest() throws Exception {
        OrganisationId organisation = world.association(EXPORTER);
        byte[] archive = given().when()
                .get("/api/v1/organisations/" + organisation + "/export")
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .header("Repr-Digest", startsWith("sha-256=:"))
                .header("Content-Disposition", startsWith("attachment; filename=\"gouvernail-" + organisation))
                .header("Cache-Control", equalTo("no-store"))
                .extract()
                .asByteArray();
        Map<String, byte[]> files = OrganisationExitRoundTripTest.unzip(archive);
        String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest)
                .contains("\"formatVersion\" : 1", "\"organisationId\" : \"" + organisation + "\"", "\"sha256\"");
        assertThat(files).containsKeys("data/organisation.json", "csv/organisation.csv", "data/membership.json");
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/organisations/" + organisation + "/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("organisation.exported"));
    }

    @Test
    @TestSecurity(user = "exit-platform", roles = "platform-admin")
    void thePlatformAdminImportsOnlyAnIntactArchiveOfAnOrganisationNotYetHere() {
        OrganisationId organisation = world.association("exit-source");
        byte[] archive = exit.export(World.caller("exit-source"), organisation, PrintableDocuments.NONE)
                .bytes();
        given().header("Accept-Language", "en")
                .contentType("application/zip")
                .body(archive)
                .when()
                .post("/api/v1/organisations/import")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/organisation-exists"));
        given().header("Accept-Language", "en")
                .contentType("application/zip")
                .body(archive)
                .queryParam("expectedSha256", "0".repeat(64))
                .when()
                .post("/api/v1/organisations/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("archive"));
        given().header("Accept-Language", "en")
                .contentType("application/zip")
                .body("not a zip".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/organisations/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/organisation-receipts/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void anyoneButThePlatformAdminGets403OnTheImportAndTheReceipts() {
        given().header("Accept-Language", "en")
                .contentType("application/zip")
                .body(new byte[] {1, 2, 3})
                .when()
                .post("/api/v1/organisations/import")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://gouvernail.org/problems/forbidden"));
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/organisation-receipts/" + UUID.randomUUID())
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = CLOSER)
    void anAdminClosesThenCancelsDuringTheGracePeriod() {
        OrganisationId organisation = world.association(CLOSER);
        String base = "/api/v1/organisations/" + organisation;
        given().header("Accept-Language", "en")
                .when()
                .post(base + "/close")
                .then()
                .statusCode(201)
                .header("Location", endsWith(base + "/closure"))
                .body("organisationId", equalTo(organisation.toString()))
                .body("requestedBy", equalTo(CLOSER));
        given().header("Accept-Language", "en")
                .when()
                .post(base + "/close")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/closure-exists"));
        given().when().get(base + "/closure").then().statusCode(200).body("requestedBy", equalTo(CLOSER));
        given().when().post(base + "/closure/cancel").then().statusCode(204);
        given().header("Accept-Language", "en")
                .when()
                .get(base + "/closure")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().header("Accept-Language", "en")
                .when()
                .get(base + "/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("organisation.closure-cancelled"))
                .body("items[1].action", equalTo("organisation.closure-requested"));
        assertThat(exit.deleteDueOrganisations()).isZero();
    }
}
