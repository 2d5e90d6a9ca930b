package org.gouvernail.app.usecase;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.MeetingFrequency;
import org.gouvernail.domain.committee.QuorumRule;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 through HTTP: the values check as reference data, answered on a use case with If-Match, its
 * concerns tied to the AI Act's art. 50 duties, the approval gate (409 until the decision acknowledges
 * the check or the team responds), the audit trail, and the footprint of the documented example.
 */
@QuarkusTest
class ValuesCheckApiTest {

    /** A chatbot the association deploys: art. 50(1) applies (the provider's duty; people must be told). */
    private static final String CHATBOT = "{\"answers\":{\"AI_SYSTEM\":true,\"ROLE\":\"DEPLOYER\","
            + "\"T1_INTERACTS_WITH_PEOPLE\":true,\"T1_OBVIOUS\":false}}";

    private static final String NOBODY_TOLD =
            "{\"answers\":{\"TR_WHO_IS_TOLD\":\"NOBODY\",\"AU_REVIEW\":\"EVERY_OUTPUT\","
                    + "\"MI_PURPOSE\":\"Répondre aux familles le soir\",\"HR_REFLECTION\":\"Vie privée : rien de nominatif.\"}}";
    private static final String EXAMPLE = "{\"requestsPerMonth\":1000,\"inputLength\":300,\"outputLength\":400,"
            + "\"lengthUnit\":\"TOKENS\",\"model\":\"LLAMA_3_1_8B\",\"region\":\"FRANCE\"}";

    private Scene scene;

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    CommitteeGovernance governance;

    @BeforeEach
    void setUp() {
        scene = world.scene();
        Map<String, String> ids =
                organisations
                        .members(World.caller(World.ADMIN), scene.organisation(), PageRequest.first(50))
                        .items()
                        .stream()
                        .collect(Collectors.toMap(Membership::subject, m -> m.id().toString()));
        Charter charter = new Charter(
                "Veiller à un usage de l'IA conforme à nos valeurs",
                MeetingFrequency.QUARTERLY,
                true,
                QuorumRule.MAJORITY,
                3,
                5);
        governance.configure(
                World.caller(World.ADMIN),
                scene.organisation(),
                0,
                charter,
                List.of(
                        seat(ids, World.ADMIN, CommitteeRole.CHAIR),
                        seat(ids, World.COMMITTEE, CommitteeRole.SECRETARY),
                        seat(ids, World.DATA_REFERENT, CommitteeRole.DATA_REFERENT)));
    }

    private static CommitteeMember seat(Map<String, String> ids, String subject, CommitteeRole role) {
        return new CommitteeMember(
                new MemberId(UUID.fromString(ids.get(subject))), role, true, LocalDate.of(2026, 1, 1), null);
    }

    private String base() {
        return "/api/v1/organisations/" + scene.org();
    }

    private String newUseCase() {
        return given().contentType("application/json")
                .body("{\"fromCatalogue\":\"translation\"}")
                .when()
                .post(base() + "/use-cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void put(String path, String body, int etag, int status) {
        given().contentType("application/json")
                .header("If-Match", "\"" + etag + "\"")
                .body(body)
                .when()
                .put(path)
                .then()
                .statusCode(status);
    }

    private io.restassured.response.ValidatableResponse decide(String useCase, Boolean acknowledges, String language) {
        return given().contentType("application/json")
                .header("Accept-Language", language)
                .body("{\"subject\":\"USE_CASE\",\"subjectId\":\"" + useCase + "\",\"outcome\":\"APPROVED\","
                        + "\"votesFor\":3,\"votesAgainst\":0,\"votesAbstain\":0,\"rationale\":\"Relu en comité\""
                        + (acknowledges == null ? "" : ",\"acknowledgesValuesCheck\":" + acknowledges) + "}")
                .when()
                .post(base() + "/decisions")
                .then();
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theQuestionsAndTheFootprintMethodAreServedAsData() {
        given().when()
                .get("/api/v1/reference/values-check")
                .then()
                .statusCode(200)
                .body("version", equalTo("1"))
                .body("themes", hasSize(6))
                .body("questions", hasSize(17))
                .body("questions.find { it.code == 'TR_WHO_IS_TOLD' }.whyItMatters.en", notNullValue())
                .body("questions.find { it.code == 'TR_WHO_IS_TOLD' }.goodAnswer.fr", notNullValue())
                .body(
                        "questions.find { it.code == 'TR_WHO_IS_TOLD' }.text.nl",
                        equalTo("Wie wordt verteld dat AI gebruikt wordt?"))
                .body("questions.find { it.code == 'AU_REVIEW' }.options.code", hasItem("EVERY_OUTPUT"));
        given().when()
                .get("/api/v1/reference/footprint-method")
                .then()
                .statusCode(200)
                .body("coefficients.find { it.code == 'gpu-energy-alpha' }.low", equalTo(8.91e-5f))
                .body("coefficients.find { it.code == 'pue' }.source", notNullValue())
                .body("regions.find { it.code == 'FRANCE' }.gramsCo2ePerKwh", equalTo(81.3f));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aSeriousConcernHoldsTheApprovalUntilTheDecisionAcknowledgesTheCheck() {
        String useCase = newUseCase();
        String path = base() + "/use-cases/" + useCase;
        put(path + "/ai-act-profile", CHATBOT, 0, 200);

        // If-Match as everywhere: missing 428, stale 412
        given().contentType("application/json")
                .body(NOBODY_TOLD)
                .when()
                .put(path + "/values-check")
                .then()
                .statusCode(428);
        put(path + "/values-check", NOBODY_TOLD, 0, 412);
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(NOBODY_TOLD)
                .when()
                .put(path + "/values-check")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("answered", equalTo(true))
                .body("article50Duties", equalTo(true))
                .body("level", equalTo("SERIOUS"))
                .body("approvalNeedsAcknowledgement", equalTo(true))
                .body("concerns.find { it.code == 'transparency.art50-nobody-told' }.level", equalTo("SERIOUS"))
                .body("concerns.find { it.code == 'transparency.art50-nobody-told' }.blocking", equalTo(true))
                .body("concerns.find { it.code == 'transparency.art50-nobody-told' }.followUps.code", hasItem("R06"))
                .body("themes.find { it.theme == 'TRANSPARENCY' }.level", equalTo("SERIOUS"))
                // the translation use case reaches the public and nobody said who could be left out
                .body("concerns.find { it.code == 'equity.exclusion-not-examined' }.level", equalTo("ATTENTION"))
                .body("concerns", hasSize(2));
        given().when().get(path + "/values-check").then().statusCode(200).header("ETag", "\"2\"");
        given().header("If-None-Match", "\"2\"")
                .when()
                .get(path + "/values-check")
                .then()
                .statusCode(304);
        given().header("If-Match", "\"2\"").when().post(path + "/submit").then().statusCode(200);

        for (String language : List.of("fr", "en", "nl")) {
            decide(useCase, null, language)
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://gouvernail.org/problems/values-check-not-acknowledged"))
                    .header("Content-Language", language);
        }
        decide(useCase, false, "en").statusCode(409).body("title", equalTo("Values check not acknowledged"));
        given().when().get(path).then().statusCode(200).body("status", equalTo("SUBMITTED"));

        String decision = decide(useCase, true, "fr")
                .statusCode(201)
                .body("acknowledgesValuesCheck", equalTo(true))
                .extract()
                .path("id");
        given().when().get(path).then().statusCode(200).body("status", equalTo("APPROVED"));
        // read back from the database: the flag is recorded on the decision
        given().when()
                .get(base() + "/decisions/" + decision)
                .then()
                .statusCode(200)
                .body("acknowledgesValuesCheck", equalTo(true));

        List<Map<String, String>> events = given().queryParam("limit", 200)
                .when()
                .get(base() + "/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(events)
                .filteredOn(event -> "use-case.values-checked".equals(event.get("action")))
                .singleElement()
                .satisfies(event -> assertThat(event.get("summary"))
                        .isEqualTo("level: none → SERIOUS; concerns: 2; serious without response: 1; "
                                + "answered: AU_REVIEW,HR_REFLECTION,MI_PURPOSE,TR_WHO_IS_TOLD; responses: "));
        assertThat(events)
                .filteredOn(event -> "decision.recorded".equals(event.get("action")))
                .singleElement()
                .satisfies(event -> assertThat(event.get("summary")).contains("values check acknowledged"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theTeamsResponseLiftsTheHoldAndAResponseToNoConcernIsRefused() {
        String useCase = newUseCase();
        String path = base() + "/use-cases/" + useCase;
        put(path + "/ai-act-profile", CHATBOT, 0, 200);
        put(path + "/values-check", NOBODY_TOLD, 1, 200);

        given().contentType("application/json")
                .header("If-Match", "\"2\"")
                .header("Accept-Language", "en")
                .body("{\"answers\":{\"NOT_A_QUESTION\":true}}")
                .when()
                .put(path + "/values-check")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("answers.NOT_A_QUESTION"));
        given().contentType("application/json")
                .header("If-Match", "\"2\"")
                .body("{\"answers\":{\"TR_WHO_IS_TOLD\":\"NOBODY\"},\"responses\":{\"work.change-not-told\":\"…\"}}")
                .when()
                .put(path + "/values-check")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("responses.work.change-not-told"));

        given().contentType("application/json")
                .header("If-Match", "\"2\"")
                .body(
                        NOBODY_TOLD.replace(
                                "}}",
                                "},\"responses\":{\"transparency.art50-nobody-told\":"
                                        + "\"Le fournisseur affiche la mention dès février ; d'ici là, un message d'accueil le dit.\"}}"))
                .when()
                .put(path + "/values-check")
                .then()
                .statusCode(200)
                .body("approvalNeedsAcknowledgement", equalTo(false))
                .body("concerns.find { it.code == 'transparency.art50-nobody-told' }.response", notNullValue());
        given().header("If-Match", "\"3\"").when().post(path + "/submit").then().statusCode(200);
        decide(useCase, null, "fr").statusCode(201).body("acknowledgesValuesCheck", equalTo(false));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theFootprintOfTheDocumentedExampleIsShownOnTheUseCaseAndSummedForTheOrganisation() {
        String first = newUseCase();
        String second = newUseCase();
        newUseCase(); // declares nothing
        given().when()
                .get(base() + "/use-cases/" + first + "/footprint")
                .then()
                .statusCode(200)
                .body("inputs", nullValue())
                .body("estimate", nullValue());
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(EXAMPLE)
                .when()
                .put(base() + "/use-cases/" + first + "/footprint")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("estimate.energyKwhPerMonth.low", equalTo(1.51f))
                .body("estimate.energyKwhPerMonth.high", equalTo(1.99f))
                .body("estimate.co2eKgPerMonth.low", equalTo(0.123f))
                .body("estimate.co2eKgPerMonth.high", equalTo(0.162f))
                .body("estimate.waterLitresPerMonth", nullValue())
                .body("estimate.warnings.code", hasItem("water-not-estimated"));
        put(base() + "/use-cases/" + second + "/footprint", EXAMPLE, 0, 200);
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body("{\"requestsPerMonth\":0,\"inputLength\":1,\"outputLength\":1,\"model\":\"SMALL\"}")
                .when()
                .put(base() + "/use-cases/" + second + "/footprint")
                .then()
                .statusCode(400);
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body("{\"requestsPerMonth\":1,\"inputLength\":1,\"outputLength\":1,\"model\":\"GPT_9\"}")
                .when()
                .put(base() + "/use-cases/" + second + "/footprint")
                .then()
                .statusCode(400);

        given().when()
                .get(base() + "/footprint")
                .then()
                .statusCode(200)
                .body("energyKwhPerMonth.low", equalTo(3.02f))
                .body("energyKwhPerMonth.high", equalTo(3.97f))
                .body("withoutDeclaredUsage", equalTo(1))
                .body("useCases", hasSize(2));
        List<Map<String, String>> events = given().queryParam("limit", 200)
                .when()
                .get(base() + "/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(events)
                .filteredOn(event -> "use-case.footprint-declared".equals(event.get("action")))
                .hasSize(2)
                .allSatisfy(
                        event -> assertThat(event.get("summary"))
                                .isEqualTo(
                                        "model: LLAMA_3_1_8B; region: FRANCE; requests/month: 1000; energy kWh/month: 1.51-1.99"));
    }
}
