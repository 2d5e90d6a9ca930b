package org.gouvernail.app.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMemberWithoutAccount;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.training.Audience;
import org.gouvernail.domain.training.RequirementLevel;
import org.gouvernail.domain.training.RequirementTerms;
import org.gouvernail.domain.training.RequirementTrigger;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.port.in.LiteracyPlanning;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.junit.jupiter.api.Test;

/**
 * Literacy requirements through HTTP: created, revised (a new revision under If-Match) and retired;
 * the coverage counts a volunteer without an account, and their record; the obligations reach the
 * to-do source and my learning; audit events.
 */
@QuarkusTest
class LiteracyApiTest {

    private static final String PATCH = "application/merge-patch+json";

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    Memberships memberships;

    @Inject
    LiteracyDueItems dueItems;

    @Inject
    TrainingProgramme programme;

    @Inject
    LiteracyPlanning planning;

    private static String base(Scene scene) {
        return "/api/v1/organisations/" + scene.org();
    }

    private static JsonPath coverage(Scene scene) {
        return given().when()
                .get(base(scene) + "/literacy-coverage")
                .then()
                .log()
                .body()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aRequirementIsRevisedUnderIfMatchCoversAVolunteerWithoutAccountAndIsRetired() {
        Scene scene = world.scene();
        Membership volunteer = organisations.addMember(
                World.caller(World.ADMIN),
                scene.organisation(),
                aMemberWithoutAccount()
                        .named("Josée Lambert")
                        .as(PersonType.VOLUNTEER)
                        .build());
        String module = TrainingApiTest.activeModule(scene.org(), "checking-ai-outputs", "LIT-1");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        JsonPath created = given().contentType("application/json")
                .body(IsolationCalls.requirementTerms(
                                module, scene.viewer().id().toString())
                        .replace("{\"personTypes\":[\"VOLUNTEER\"]}", "null"))
                .when()
                .post(base(scene) + "/literacy-requirements")
                .then()
                .log()
                .all()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", org.hamcrest.Matchers.containsString("/literacy-requirements/"))
                .body("revision", equalTo(1))
                .body("status", equalTo("ACTIVE"))
                .extract()
                .jsonPath();
        String one = base(scene) + "/literacy-requirements/" + created.getString("id");

        given().contentType(PATCH)
                .body("{\"dueWithinDays\":15}")
                .when()
                .patch(one)
                .then()
                .statusCode(428);
        given().contentType(PATCH)
                .header("If-Match", "\"7\"")
                .body("{\"dueWithinDays\":15}")
                .when()
                .patch(one)
                .then()
                .statusCode(412);
        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"dueWithinDays\":15,\"level\":\"MANDATORY\"}")
                .when()
                .patch(one)
                .then()
                .log()
                .all()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("revision", equalTo(2))
                .body("terms.dueWithinDays", equalTo(15));
        given().contentType(PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"trigger\":\"PERIODIC\"}")
                .when()
                .patch(one)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://gouvernail.org/problems/validation"));

        // everyone active: ada, cole, rita, carl, vera and the volunteer without an account
        JsonPath before = coverage(scene);
        assertThat(before.getInt("requirements[0].people")).isEqualTo(6);
        assertThat(before.getInt("requirements[0].covered")).isZero();
        assertThat(before.getInt("personTypes.find { it.group == 'VOLUNTEER' }.people"))
                .isEqualTo(1);

        given().contentType("application/json")
                .body("{\"memberId\":\"" + volunteer.id() + "\",\"moduleId\":\"" + module + "\",\"completedOn\":\""
                        + today + "\",\"method\":\"BRIEFING\"}")
                .when()
                .post(base(scene) + "/training-records")
                .then()
                .statusCode(201);
        JsonPath after = coverage(scene);
        assertThat(after.getInt("requirements[0].covered")).isEqualTo(1);
        assertThat(after.getInt("requirements[0].due")).isEqualTo(5);
        assertThat(after.getInt("personTypes.find { it.group == 'VOLUNTEER' }.covered"))
                .isEqualTo(1);
        assertThat(after.getInt("personTypes.find { it.group == 'STAFF' }.covered"))
                .isZero();

        List<DueItem> due = dueItems.dueIn(scene.organisation(), Instant.now().plusSeconds(366L * 86_400), 100);
        assertThat(due).hasSize(5).allSatisfy(item -> {
            assertThat(item.kind()).isEqualTo("literacy-requirement.follow");
            assertThat(item.dueAt())
                    .isEqualTo(LocalDate.parse(today)
                            .plusDays(15)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant());
        });
        assertThat(due).extracting(DueItem::assignee).doesNotContain(Assignee.member(volunteer.id()));

        // the printable dossier: requirements with their rationale and revision, every value escaped
        given().contentType(PATCH + "; charset=UTF-8")
                .header("If-Match", "\"1\"")
                .body("{\"rationale\":\"<script>alert(1)</script> Bénévoles : art. 4\"}")
                .when()
                .patch(one)
                .then()
                .statusCode(200)
                .body("revision", equalTo(3));
        String page = given().header("Accept-Language", "fr")
                .when()
                .get(base(scene) + "/training-dossier/document")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        "Content-Security-Policy",
                        org.hamcrest.Matchers.startsWith("default-src 'none'; style-src 'sha256-"))
                .extract()
                .asString();
        assertThat(page)
                .contains("Dossier de preuves")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; Bénévoles : art. 4")
                .doesNotContain("<script>")
                .contains("Josée Lambert")
                .contains("LIT-1");

        given().header("If-Match", "\"2\"")
                .when()
                .post(one + "/retire")
                .then()
                .statusCode(200)
                .body("status", equalTo("RETIRED"));
        given().header("If-Match", "\"3\"")
                .when()
                .post(one + "/retire")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/requirement-retired"));
        assertThat(coverage(scene).getList("requirements")).isEmpty();
        assertThat(dueItems.dueIn(scene.organisation(), Instant.now().plusSeconds(366L * 86_400), 100))
                .isEmpty();

        List<String> actions = given().queryParam("limit", 200)
                .when()
                .get(base(scene) + "/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.action");
        assertThat(actions)
                .contains(
                        "literacy-requirement.created", "literacy-requirement.revised", "literacy-requirement.retired");
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void iSeeWhatIMustFollowAndByWhenAndItIsInMyToDo() {
        Scene scene = world.scene();
        Caller committee = World.caller(World.COMMITTEE);
        TrainingModule draft = programme.copyFromCatalogue(
                committee, scene.organisation(), "how-language-models-work", "LIT-2", Optional.empty());
        TrainingModule module = programme.publishModule(committee, scene.organisation(), draft.id(), 0);
        planning.createRequirement(
                committee,
                scene.organisation(),
                new RequirementTerms(
                        "Salariés",
                        new Audience(Set.of(PersonType.STAFF), null, null, null, null, null, null),
                        List.of(module.id()),
                        RequirementTrigger.ONBOARDING,
                        30,
                        null,
                        RequirementLevel.MANDATORY,
                        "Art. 4",
                        scene.viewer().id()));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        JsonPath mine = given().when()
                .get("/api/v1/me/learning")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> here =
                mine.getList("organisations.findAll { it.organisationId == '" + scene.org() + "' }");
        assertThat(here).hasSize(1);
        given().when()
                .get("/api/v1/me/learning")
                .then()
                .body("organisations.find { it.organisationId == '" + scene.org() + "' }.items", hasSize(1))
                .body(
                        "organisations.find { it.organisationId == '" + scene.org() + "' }.items[0].state",
                        equalTo("DUE"))
                .body(
                        "organisations.find { it.organisationId == '" + scene.org() + "' }.items[0].dueOn",
                        equalTo(LocalDate.parse(today).plusDays(30).toString()))
                .body(
                        "organisations.find { it.organisationId == '" + scene.org() + "' }.items[0].rationale",
                        equalTo("Art. 4"));
        Membership carl =
                memberships.findActive(scene.organisation(), World.CONTRIBUTOR).orElseThrow();
        assertThat(dueItems.dueFor(List.of(carl), Instant.now().plusSeconds(31L * 86_400), 50))
                .singleElement()
                .satisfies(item -> assertThat(item.assignee()).isEqualTo(Assignee.member(carl.id())));
    }
}
