package org.gouvernail.app.usecase;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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
 * Issue 10, defect 9, through HTTP: a use case the committee approved and whose AI Act profile then
 * turns PROHIBITED no longer shows APPROVED: it is SUSPENDED, the audit trail says so, nothing may
 * start from it, and only a new committee decision, after it is submitted again, moves it on.
 */
@QuarkusTest
class UseCaseSuspensionApiTest {

    private static final String PROHIBITED = "{\"prohibitedPractices\":[\"P_C\"],\"annexIiiAreas\":[],"
            + "\"article63Exceptions\":[],\"profilesNaturalPersons\":false,\"transparencyDuties\":[],\"operatorRole\":\"DEPLOYER\"}";
    private static final String MINIMAL = "{\"prohibitedPractices\":[],\"annexIiiAreas\":[],"
            + "\"article63Exceptions\":[],\"profilesNaturalPersons\":false,\"transparencyDuties\":[],\"operatorRole\":\"DEPLOYER\"}";

    private Scene scene;

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    CommitteeGovernance governance;

    /** A fresh association whose committee may decide by written procedure. */
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
        List<CommitteeMember> seats = List.of(
                seat(ids, World.ADMIN, CommitteeRole.CHAIR),
                seat(ids, World.COMMITTEE, CommitteeRole.SECRETARY),
                seat(ids, World.DATA_REFERENT, CommitteeRole.DATA_REFERENT));
        governance.configure(World.caller(World.ADMIN), scene.organisation(), 0, charter, seats);
    }

    private static CommitteeMember seat(Map<String, String> ids, String subject, CommitteeRole role) {
        return new CommitteeMember(
                new MemberId(UUID.fromString(ids.get(subject))), role, true, LocalDate.of(2026, 1, 1), null);
    }

    private String base() {
        return "/api/v1/organisations/" + scene.org();
    }

    private void decide(String useCase, String outcome, int status) {
        given().contentType("application/json")
                .body("{\"subject\":\"USE_CASE\",\"subjectId\":\"" + useCase + "\",\"outcome\":\"" + outcome
                        + "\",\"votesFor\":3,\"votesAgainst\":0,\"votesAbstain\":0,\"rationale\":\"Relu en comité\"}")
                .when()
                .post(base() + "/decisions")
                .then()
                .statusCode(status);
    }

    private void profile(String path, String answers, int etag) {
        given().contentType("application/json")
                .header("If-Match", "\"" + etag + "\"")
                .body(answers)
                .when()
                .put(path + "/ai-act-profile")
                .then()
                .statusCode(200);
    }

    private static void expectStatus(String path, String status) {
        given().when().get(path).then().statusCode(200).body("status", equalTo(status));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aUseCaseReprofiledProhibitedAfterItsApprovalIsSuspendedUntilTheCommitteeDecidesAgain() {
        String useCase = given().contentType("application/json")
                .body("{\"fromCatalogue\":\"meeting-summaries\"}")
                .when()
                .post(base() + "/use-cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = base() + "/use-cases/" + useCase;
        given().header("If-Match", "\"0\"").when().post(path + "/submit").then().statusCode(200);
        decide(useCase, "APPROVED", 201);
        expectStatus(path, "APPROVED");
        given().header("If-Match", "\"2\"")
                .when()
                .post(path + "/start-pilot")
                .then()
                .statusCode(200);

        profile(path, PROHIBITED, 3);

        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"4\"")
                .body("status", equalTo("SUSPENDED"))
                .body("aiActTier", equalTo("PROHIBITED"));
        given().queryParam("status", "SUSPENDED")
                .when()
                .get(base() + "/use-cases")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(useCase));
        given().queryParam("status", "PILOT")
                .when()
                .get(base() + "/use-cases")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(useCase)));
        List<Map<String, String>> events = given().queryParam("limit", 200)
                .when()
                .get(base() + "/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(events)
                .filteredOn(event -> "use-case.suspended".equals(event.get("action")))
                .singleElement()
                .satisfies(event ->
                        assertThat(event.get("summary")).isEqualTo("status: PILOT → SUSPENDED; tier: PROHIBITED"));

        given().header("If-Match", "\"4\"")
                .header("Accept-Language", "en")
                .when()
                .post(path + "/put-in-use")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/prohibited-use-case"));
        // nothing but a new request for decision lifts it: not a milder profile, not a decision on the old request
        profile(path, MINIMAL, 4);
        expectStatus(path, "SUSPENDED");
        given().header("If-Match", "\"5\"")
                .when()
                .post(path + "/start-pilot")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/use-case-transition-refused"));
        decide(useCase, "APPROVED", 409);
        expectStatus(path, "SUSPENDED");

        given().header("If-Match", "\"5\"")
                .when()
                .post(path + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        decide(useCase, "APPROVED", 201);
        expectStatus(path, "APPROVED");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aProhibitedProfileBeforeTheDecisionSuspendsNothingAndTheCommitteeMayOnlyReject() {
        String useCase = given().contentType("application/json")
                .body("{\"fromCatalogue\":\"translation\"}")
                .when()
                .post(base() + "/use-cases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = base() + "/use-cases/" + useCase;
        given().header("If-Match", "\"0\"").when().post(path + "/submit").then().statusCode(200);

        profile(path, PROHIBITED, 1);

        expectStatus(path, "SUBMITTED");
        decide(useCase, "APPROVED", 409);
        decide(useCase, "REJECTED", 201);
        expectStatus(path, "REJECTED");
        profile(path, PROHIBITED, 3);
        expectStatus(path, "REJECTED");
    }
}
