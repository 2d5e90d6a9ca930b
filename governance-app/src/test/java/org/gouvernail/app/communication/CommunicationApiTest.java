package org.gouvernail.app.communication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.committee.DecisionBuilder;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersionBuilder;
import org.gouvernail.domain.policy.VersionContent;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.VersionStatus;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.shared.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The communication plan through HTTP, for an association of 60 workers in Belgium: the consultation
 * of worker representatives three months before go-live, LATE when go-live is closer; actions and
 * their life cycle with ETag and If-Match; proposals from the registers; audit; problems.
 */
@QuarkusTest
class CommunicationApiTest {

    private static final String PATCH = "application/merge-patch+json";
    private static String org;
    private static String admin;

    @Inject
    OrganisationManagement organisations;

    @Inject
    Memberships memberships;

    @Inject
    Tools tools;

    @Inject
    Policies policies;

    @Inject
    PolicyVersions versions;

    @Inject
    Decisions decisions;

    @BeforeEach
    void setUp() {
        if (org == null) {
            Caller founder = new Caller(World.ADMIN, World.email(World.ADMIN), true, World.ADMIN, true);
            Organisation association = organisations.register(
                    founder,
                    OrganisationKind.ASSOCIATION,
                    anOrganisation("asbl-" + UUID.randomUUID().toString().substring(0, 13))
                            .in("BE")
                            .ofSize(new OrganisationSize(60, 40))
                            .build());
            MemberId adminId = memberships
                    .findActive(association.id(), World.ADMIN)
                    .orElseThrow()
                    .id();
            admin = adminId.toString();
            PolicyId policy = new PolicyId(UUID.randomUUID());
            DecisionId publication = new DecisionId(UUID.randomUUID());
            QuarkusTransaction.requiringNew().run(() -> {
                decisions.add(DecisionBuilder.aDecision()
                        .withId(publication)
                        .of(association.id())
                        .recordedBy(adminId, Instant.now())
                        .build());
                tools.add(anAiTool()
                        .withId(new ToolId(UUID.randomUUID()))
                        .of(association.id())
                        .declaredBy(adminId)
                        .in(ToolStatus.APPROVED)
                        .withDetails(aTool().named("Le Chat").usedBy("Accueil").build())
                        .build());
                policies.add(
                        new Policy(policy, association.id(), "Charte IA", "Cadre", null, adminId, 0, Instant.now()));
                versions.add(PolicyVersionBuilder.aPolicyVersion()
                        .withId(new VersionId(UUID.randomUUID()))
                        .of(policy)
                        .in(association.id())
                        .in(VersionStatus.PUBLISHED)
                        .withContent(new VersionContent(
                                "# Charte", "Pas de données de bénéficiaires dans l'IA.", null, null))
                        .publishedBy(publication.value(), Instant.now())
                        .createdBy(adminId)
                        .build());
            });
            org = association.id().toString();
        }
    }

    private static String plans() {
        return "/api/v1/organisations/" + org + "/communication-plans";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String planBody(LocalDate goLive) {
        return "{\"title\":\"Déploiement de l'assistant\",\"objective\":\"Que chacun sache ce qui change\","
                + "\"initiative\":\"Assistant de rédaction\",\"periodStart\":\"" + today() + "\",\"periodEnd\":\""
                + today().plusYears(1) + "\",\"ownerId\":\"" + admin + "\",\"goLive\":\"" + goLive
                + "\",\"changesWork\":true,\"touchesAutomation\":true}";
    }

    private static JsonPath drawUp(LocalDate goLive) {
        return given().contentType("application/json")
                .body(planBody(goLive))
                .when()
                .post(plans())
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .jsonPath();
    }

    private static String actionBody(String audience, String stage, String concerns, String basis) {
        return "{\"audience\":\"" + audience + "\",\"stage\":\"" + stage + "\",\"concerns\":" + concerns
                + ",\"keyMessage\":\"Nous ne prévoyons de supprimer aucun poste.\",\"channel\":\"MEETING\","
                + "\"senderId\":\"" + admin + "\",\"plannedDate\":\"" + today().plusDays(10) + "\",\"legalBasis\":"
                + (basis == null ? "null" : "\"" + basis + "\"") + "}";
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aPlanOfASixtyWorkerAssociationShowsTheConsultationThreeMonthsBeforeGoLive() {
        LocalDate goLive = today().plusMonths(6);
        String plan = drawUp(goLive).getString("id");

        given().when()
                .get(plans() + "/" + plan + "/review")
                .then()
                .statusCode(200)
                .body("consultation.legalBasis", equalTo("BE_CCT_39"))
                .body("consultation.legalSource", containsString("CCT/cao n° 39"))
                .body("consultation.bodies", contains("WORKS_COUNCIL", "UNION_DELEGATION", "CPPT"))
                .body("consultation.dueOn", equalTo(goLive.minusMonths(3).toString()))
                .body("consultation.leadTime", equalTo("P3M"))
                .body("consultation.progress", equalTo("PROPOSED"))
                .body("consultation.late", equalTo(false))
                .body("warnings", contains("jobs-message-missing"));
        given().when()
                .get(plans() + "/" + plan + "/timeline")
                .then()
                .statusCode(200)
                .body("entries.kind", contains("PERIOD_START", "CONSULTATION_DUE", "GO_LIVE", "PERIOD_END"))
                .body("entries[1].day", equalTo(goLive.minusMonths(3).toString()));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theConsultationIsLateWhenGoLiveIsCloserThanThreeMonthsAndProposedWithItsDueDate() {
        LocalDate goLive = today().plusMonths(2);
        String plan = drawUp(goLive).getString("id");

        given().when()
                .get(plans() + "/" + plan + "/review")
                .then()
                .statusCode(200)
                .body("consultation.late", equalTo(true))
                .body("warnings", hasItem("consultation-late"));
        JsonPath proposals = given().when()
                .get(plans() + "/" + plan + "/proposals")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(proposals.getList("items.kind"))
                .containsExactly("CONSULTATION", "JOBS_MESSAGE", "POLICY_ANNOUNCEMENT", "TOOL_ANNOUNCEMENT");
        assertThat(proposals.getString("items[0].dueOn"))
                .isEqualTo(goLive.minusMonths(3).toString());
        assertThat(proposals.getBoolean("items[0].late")).isTrue();
        assertThat(proposals.getString("items[0].keyMessage")).contains("trois mois");
        assertThat(proposals.getString("items[2].keyMessage")).contains("« Charte IA »");
        assertThat(proposals.getString("items[2].easyToRead")).isEqualTo("Pas de données de bénéficiaires dans l'IA.");
        assertThat(proposals.getList("items[2].audiences.audience")).containsExactly("STAFF", "VOLUNTEERS", "BOARD");
        assertThat(proposals.getList("items[3].audiences.team")).containsExactly("Accueil");
        assertThat(proposals.getString("items[3].keyMessage")).contains("Le Chat");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void anActionGoesFromPlannedToDoneWithIfMatchAndTheConsultationFollows() {
        String plan = drawUp(today().plusMonths(6)).getString("id");
        String actions = plans() + "/" + plan + "/actions";
        JsonPath action = given().contentType("application/json")
                .body(actionBody("WORKER_REPRESENTATIVES", "AWARENESS", "[\"JOBS\",\"WORKLOAD\"]", "BE_CCT_39"))
                .when()
                .post(actions)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString(actions + "/"))
                .body("status", equalTo("PLANNED"))
                .body("concerns", contains("JOBS", "WORKLOAD"))
                .body("legalSource", containsString("CCT/cao n° 39"))
                .extract()
                .jsonPath();
        String one = actions + "/" + action.getString("id");

        given().when()
                .get(plans() + "/" + plan + "/review")
                .then()
                .body("consultation.progress", equalTo("PLANNED"))
                .body("warnings", hasSize(0));
        given().contentType(PATCH)
                .body("{\"easyToRead\":\"Personne ne perd son emploi.\"}")
                .when()
                .patch(one)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"easyToRead\":\"Personne ne perd son emploi.\"}")
                .when()
                .patch(one)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("easyToRead", equalTo("Personne ne perd son emploi."))
                .body("keyMessage", equalTo("Nous ne prévoyons de supprimer aucun poste."));
        given().header("If-Match", "\"0\"")
                .when()
                .post(one + "/mark-ready")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().header("If-Match", "\"1\"")
                .when()
                .post(one + "/mark-ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("READY"));
        given().contentType("application/json")
                .header("If-Match", "\"2\"")
                .body("{\"doneOn\":\"" + today().plusDays(1) + "\",\"peopleReached\":4}")
                .when()
                .post(one + "/mark-done")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/done-in-the-future"));
        given().contentType("application/json")
                .header("If-Match", "\"2\"")
                .body("{\"doneOn\":\"" + today() + "\",\"peopleReached\":4}")
                .when()
                .post(one + "/mark-done")
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("doneOn", equalTo(today().toString()))
                .body("peopleReached", equalTo(4));
        given().header("If-Match", "\"3\"")
                .when()
                .post(one + "/cancel")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/communication-transition-refused"));

        given().when()
                .get(plans() + "/" + plan + "/review")
                .then()
                .body("consultation.progress", equalTo("DONE"))
                .body("consultation.late", equalTo(false))
                .body("coverage.rows[0].audience", equalTo("WORKER_REPRESENTATIVES"))
                .body("coverage.rows[0].stages.AWARENESS", equalTo("REACHED"))
                .body("coverage.rows[0].stages.DESIRE", equalTo("MISSING"))
                .body("coverage.reached", equalTo(1))
                .body("coverage.cells", equalTo(5))
                .body("coverage.percent", equalTo(20));
        given().queryParam("status", "DONE")
                .when()
                .get(actions)
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        given().queryParam("status", "CANCELLED")
                .when()
                .get(actions)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().when()
                .get("/api/v1/organisations/" + org + "/audit-events?limit=200")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.subjectId == '" + action.getString("id") + "' }.action",
                        contains(
                                "communication-action.done",
                                "communication-action.ready",
                                "communication-action.updated",
                                "communication-action.planned"))
                .body(
                        "items.findAll { it.subjectId == '" + plan + "' }.action",
                        contains("communication-plan.drawn-up"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void changingTheGoLiveDateMovesTheConsultationDueDate() {
        JsonPath plan = drawUp(today().plusMonths(6));
        String one = plans() + "/" + plan.getString("id");
        LocalDate later = today().plusMonths(9);

        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"goLive\":\"" + later + "\",\"initiative\":null}")
                .when()
                .patch(one)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("goLive", equalTo(later.toString()))
                .body("initiative", nullValue())
                .body("organisationWide", equalTo(true));
        given().when()
                .get(one + "/review")
                .then()
                .body("consultation.dueOn", equalTo(later.minusMonths(3).toString()));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void badInputIsAProblemNeverA500() {
        String plan = drawUp(today().plusMonths(6)).getString("id");
        String actions = plans() + "/" + plan + "/actions";

        given().contentType("application/json")
                .header("Accept-Language", "en")
                .body(actionBody("TEAM", "AWARENESS", "[]", null))
                .when()
                .post(actions)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("team"));
        given().contentType("application/json")
                .body(actionBody("STAFF", "SOMEDAY", "[]", null))
                .when()
                .post(actions)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body(planBody(today())
                        .replace("\"periodEnd\":\"" + today().plusYears(1), "\"periodEnd\":\"" + today().minusDays(1)))
                .when()
                .post(plans())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("periodEnd"));
        given().contentType("application/json")
                .body(actionBody("STAFF", "AWARENESS", "[]", null)
                        .replace(admin, UUID.randomUUID().toString()))
                .when()
                .post(actions)
                .then()
                .statusCode(404)
                .body("type", equalTo("https://gouvernail.org/problems/not-found"));
        given().when().get(plans() + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aRetryWithTheSameIdempotencyKeyPlansTheActionOnce() {
        String plan = drawUp(today().plusMonths(6)).getString("id");
        String actions = plans() + "/" + plan + "/actions";
        String key = UUID.randomUUID().toString();
        String body = actionBody("STAFF", "DESIRE", "[\"JOBS\"]", null);

        String first = given().contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(actions)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(actions)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().when().get(actions).then().body("items", hasSize(1));
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void theTemplatesAreHonestInFrenchAndEnglish() {
        given().when()
                .get("/api/v1/reference/communication-templates")
                .then()
                .statusCode(200)
                .body("items", hasSize(11))
                .body("items.find { it.id == 'jobs' }.message.fr", containsString("Nous ne prévoyons pas de supprimer"))
                .body("items.find { it.id == 'jobs' }.message.en", containsString("We do not plan to cut"))
                .body("items.find { it.id == 'jobs' }.message.nl", containsString("banen"))
                .body("items.find { it.id == 'consultation-be' }.legalSource", containsString("CCT/cao n° 39"))
                .body("items.find { it.id == 'consultation-fr' }.legalSource", containsString("L.2312-8"));
    }
}
