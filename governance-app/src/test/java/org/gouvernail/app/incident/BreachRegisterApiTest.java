package org.gouvernail.app.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.junit.jupiter.api.Test;

/**
 * The art. 33(5) register: a personal data breach is a row (with its 72-hour notification, LATE when
 * passed), a near miss without personal data is not; the printable HTML escapes every text and comes
 * with a Content-Security-Policy that loads and runs nothing.
 */
@QuarkusTest
class BreachRegisterApiTest {

    @Inject
    World world;

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aBreachIsARowOfTheRegisterAndTheHtmlIsEscaped() {
        Scene scene = world.scene();
        String incidents = "/api/v1/organisations/" + scene.org() + "/incidents";
        Instant detected = Instant.now().minus(Duration.ofHours(80)).truncatedTo(ChronoUnit.SECONDS);
        given().contentType("application/json")
                .body("{\"title\":\"Notes <script>alert(1)</script> dans ChatGPT\",\"kind\":\"INCIDENT\","
                        + "\"type\":\"PERSONAL_DATA_IN_PUBLIC_TOOL\",\"detectedAt\":\"" + detected + "\","
                        + "\"dataCategories\":[\"BENEFICIARY_VULNERABLE\"],\"vulnerablePeople\":true,"
                        + "\"peopleGroups\":\"=bénéficiaires\",\"peopleCount\":4,\"harms\":[\"PRIVACY\"]}")
                .when()
                .post(incidents)
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .body("{\"title\":\"Presque : un brouillon public\",\"kind\":\"NEAR_MISS\",\"type\":\"OTHER\","
                        + "\"detectedAt\":\"" + detected + "\"}")
                .when()
                .post(incidents)
                .then()
                .statusCode(201);

        String csv = given().header("Accept-Language", "en")
                .when()
                .get(incidents + "/register")
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .extract()
                .asString();
        String[] lines = csv.strip().split("\r?\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("incident,detected at,occurred at,title");
        assertThat(lines[1])
                .contains(
                        "Notes <script>alert(1)</script> dans ChatGPT",
                        "HIGH",
                        "BENEFICIARY_VULNERABLE",
                        "'=bénéficiaires")
                .contains("LATE", detected.plus(Duration.ofHours(72)).toString())
                .doesNotContain("Presque");
        assertThat(given().header("Accept-Language", "fr")
                        .when()
                        .get(incidents + "/register?format=csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .startsWith("incident;détecté le;");

        String html = given().header("Accept-Language", "fr")
                .when()
                .get(incidents + "/register?format=html")
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/html"))
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .extract()
                .asString();
        assertThat(html)
                .contains("Registre des violations de données (RGPD art. 33, 5)")
                .contains("Notes &lt;script&gt;alert(1)&lt;/script&gt; dans ChatGPT")
                .doesNotContain("<script>");
        given().when().get(incidents + "/register?format=pdf").then().statusCode(400);
    }
}
