package org.gouvernail.app.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.training.Audience;
import org.gouvernail.domain.training.LiteracyRequirement;
import org.gouvernail.domain.training.LiteracyRequirementId;
import org.gouvernail.domain.training.RequirementLevel;
import org.gouvernail.domain.training.RequirementTerms;
import org.gouvernail.domain.training.RequirementTrigger;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.port.out.LiteracyRequirements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The evidence dossier as of a past day shows each requirement in the revision in force that day, with
 * that revision's rationale: revising or retiring it later changes the dossier of today, never the one
 * of that day (JSON and printable page).
 */
@QuarkusTest
@TestSecurity(user = World.ADMIN)
class DossierRequirementRevisionApiTest {

    @Inject
    World world;

    @Inject
    LiteracyRequirements requirements;

    private Scene scene;

    @BeforeEach
    void setUp() {
        scene = world.scene();
    }

    private String base() {
        return "/api/v1/organisations/" + scene.org();
    }

    private JsonPath dossier(LocalDate asOf) {
        return given().queryParam("asOf", asOf.toString())
                .queryParam("format", "json")
                .when()
                .get(base() + "/training-dossier")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aRevisionOrARetirementAfterTheDayDoesNotChangeTheDossierAsOfThatDay() {
        String moduleId = TrainingApiTest.activeModule(scene.org(), "beneficiary-data-stays-out", "IA-103");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate lastWeek = today.minusDays(7);
        Instant written = lastWeek.atTime(9, 0).toInstant(ZoneOffset.UTC);
        LiteracyRequirement requirement = LiteracyRequirement.create(
                new LiteracyRequirementId(UUID.randomUUID()),
                scene.organisation(),
                new RequirementTerms(
                        "Données des bénéficiaires",
                        new Audience(EnumSet.of(PersonType.VOLUNTEER), null, null, null, null, null, null),
                        List.of(new TrainingModuleId(UUID.fromString(moduleId))),
                        RequirementTrigger.ONBOARDING,
                        30,
                        null,
                        RequirementLevel.RECOMMENDED,
                        "Les bénévoles de l'accueil voient des dossiers sociaux",
                        scene.viewer().id()),
                scene.viewer().id(),
                written);
        QuarkusTransaction.requiringNew().run(() -> {
            requirements.add(requirement);
            requirements.addState(requirement, written);
        });
        String path = base() + "/literacy-requirements/" + requirement.id();

        JsonPath before = dossier(lastWeek);
        assertThat(before.getList("requirements")).hasSize(1);
        assertThat(before.getInt("requirements[0].revision")).isEqualTo(1);
        assertThat(before.getString("requirements[0].terms.level")).isEqualTo("RECOMMENDED");
        assertThat(before.getString("requirements[0].terms.rationale"))
                .isEqualTo("Les bénévoles de l'accueil voient des dossiers sociaux");
        assertThat(dossier(lastWeek.minusDays(1)).getList("requirements")).isEmpty();

        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"")
                .body("{\"title\":\"Données des bénéficiaires (obligatoire)\",\"level\":\"MANDATORY\","
                        + "\"rationale\":\"Depuis l'incident de mars, la formation est obligatoire\"}")
                .when()
                .patch(path)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));

        assertThat(dossier(lastWeek).getList("requirements")).isEqualTo(before.getList("requirements"));
        JsonPath now = dossier(today);
        assertThat(now.getInt("requirements[0].revision")).isEqualTo(2);
        assertThat(now.getString("requirements[0].terms.level")).isEqualTo("MANDATORY");
        String page = given().queryParam("asOf", lastWeek.toString())
                .header("Accept-Language", "fr")
                .when()
                .get(base() + "/training-dossier/document")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Données des bénéficiaires")
                .doesNotContain("obligatoire")
                .doesNotContain("incident de mars");

        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", etag).when().post(path + "/retire").then().statusCode(200);
        assertThat(dossier(lastWeek).getList("requirements")).isEqualTo(before.getList("requirements"));
        given().queryParam("format", "json")
                .when()
                .get(base() + "/training-dossier")
                .then()
                .statusCode(200)
                .body("requirements", hasSize(0));
    }
}
