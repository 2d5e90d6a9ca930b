package org.gouvernail.app.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMemberWithoutAccount;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.inventory.port.in.ToolInventory;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.training.TrainingMethod;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.domain.training.port.out.TrainingRecords;
import org.gouvernail.persistence.training.PanacheTrainingDueItems;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AI literacy through HTTP: the starter catalogue, a module copied and published, a session whose
 * attendance comes from a paper sheet, closed once with the records of the people present (a
 * volunteer without an account among them), corrections as voids, audit events.
 */
@QuarkusTest
class TrainingApiTest {

    private static final String PATCH = "application/merge-patch+json";
    private static Scene scene;
    private static Membership volunteer;

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    PanacheTrainingDueItems dueItems;

    @Inject
    TrainingProgramme programme;

    @Inject
    ToolInventory inventory;

    @Inject
    TrainingRecords records;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            volunteer = organisations.addMember(
                    World.caller(World.ADMIN),
                    scene.organisation(),
                    aMemberWithoutAccount()
                            .named("Josée Lambert")
                            .as(PersonType.VOLUNTEER)
                            .build());
        }
    }

    static String base(String org) {
        return "/api/v1/organisations/" + org;
    }

    private static String base() {
        return base(scene.org());
    }

    private static JsonPath created(String path, String body) {
        return given().contentType("application/json")
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .jsonPath();
    }

    private static JsonPath post(String path, String ifMatch, int status) {
        return given().header("If-Match", ifMatch)
                .when()
                .post(path)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    /** An ACTIVE copy of a catalogue entry under a code of its own. */
    static String activeModule(String org, String entry, String code) {
        String id = created(
                        base(org) + "/training-modules",
                        "{\"fromCatalogue\":\"" + entry + "\",\"code\":\"" + code + "\"}")
                .getString("id");
        post(base(org) + "/training-modules/" + id + "/publish", "\"0\"", 200);
        return id;
    }

    static String session(String org, String moduleId, LocalDate day) {
        return created(
                        base(org) + "/training-sessions",
                        "{\"title\":\"Atelier IA des bénévoles\",\"moduleIds\":[\"" + moduleId + "\"],\"date\":\"" + day
                                + "\",\"durationMinutes\":60,\"format\":\"IN_PERSON\",\"language\":\"fr\",\"trainer\":\"Rita\","
                                + "\"place\":\"Local de la rue Haute\",\"capacity\":20}")
                .getString("id");
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void theCatalogueOffersModulesForAssociationsInFrenchAndEnglish() {
        given().when()
                .get("/api/v1/reference/training-modules")
                .then()
                .statusCode(200)
                .body("$", hasSize(greaterThanOrEqualTo(10)))
                .body(
                        "find { it.id == 'checking-ai-outputs' }.title.fr",
                        equalTo("Vérifier une production de l'IA avant de l'utiliser"))
                .body(
                        "find { it.id == 'checking-ai-outputs' }.title.en",
                        equalTo("Checking an AI output before using it"))
                .body("find { it.id == 'elements-of-ai' }.provider", equalTo("EXTERNAL"));
        given().queryParam("language", "en")
                .when()
                .get("/api/v1/reference/training-modules/our-charter-in-15-minutes")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("language", equalTo("en"))
                .body("details.title", equalTo("Our AI charter in 15 minutes"))
                .body("details.durationMinutes", equalTo(15))
                .body("details.newVersionRequiresRefresh", equalTo(true));
        given().when()
                .get("/api/v1/reference/training-modules/no-such-entry")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aModuleIsCopiedFromTheCatalogueEditedAsADraftThenPublishedAndRevised() {
        JsonPath copy = created(base() + "/training-modules", "{\"fromCatalogue\":\"checking-ai-outputs\"}");
        String module = base() + "/training-modules/" + copy.getString("id");
        assertThat(copy.getString("code")).isEqualTo("IA-102");
        assertThat(copy.getString("status")).isEqualTo("DRAFT");
        assertThat(copy.getString("catalogueEntry")).isEqualTo("checking-ai-outputs");
        assertThat(copy.getString("details.title")).isEqualTo("Vérifier une production de l'IA avant de l'utiliser");
        assertThat(copy.getList("details.objectives")).hasSize(4);

        given().contentType("application/json")
                .body("{\"fromCatalogue\":\"checking-ai-outputs\"}")
                .when()
                .post(base() + "/training-modules")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/module-code-taken"));
        given().contentType(PATCH)
                .body("{\"durationMinutes\":75}")
                .when()
                .patch(module)
                .then()
                .statusCode(428);
        given().contentType(PATCH)
                .header("If-Match", "\"7\"")
                .body("{\"durationMinutes\":75}")
                .when()
                .patch(module)
                .then()
                .statusCode(412);
        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"durationMinutes\":75,\"provider\":{\"kind\":\"EXTERNAL\",\"name\":null}}")
                .when()
                .patch(module)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("provider.name"));
        given().contentType(PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"durationMinutes\":75}")
                .when()
                .patch(module)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("details.durationMinutes", equalTo(75));

        post(module + "/publish", "\"1\"", 200);
        given().contentType(PATCH)
                .header("If-Match", "\"2\"")
                .body("{\"durationMinutes\":90}")
                .when()
                .patch(module)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/module-not-draft"));
        String details = given().when()
                .get(module)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .prettify();
        String revisedDetails = details.substring(details.indexOf("\"details\""));
        JsonPath revised = given().contentType("application/json")
                .header("If-Match", "\"2\"")
                .body(JsonPath.from(details).getMap("details"))
                .when()
                .post(module + "/revise")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(revisedDetails).contains("durationMinutes");
        assertThat(revised.getInt("revision")).isEqualTo(2);
        assertThat(revised.getInt("refreshFromRevision")).isEqualTo(1);
        given().header("If-Match", "\"3\"").when().delete(module).then().statusCode(409);
        post(module + "/retire", "\"3\"", 200);
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aVolunteerWithoutAnAccountGetsARecordWhenTheSessionClosesAndClosingTwiceIsAConflict() {
        String moduleId = activeModule(scene.org(), "beneficiary-data-stays-out", "IA-103");
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        String session = base() + "/training-sessions/" + session(scene.org(), moduleId, day);
        String sheet = "Nom;E-mail;Présence\nJOSEE  lambert;;Présent\n;" + World.email(World.CONTRIBUTOR)
                + ";excusé\nQuelqu'un d'autre;;x\nVera;;\n";

        given().contentType("text/csv; charset=UTF-8")
                .header("If-Match", "\"0\"")
                .body(sheet)
                .when()
                .post(session + "/attendance/import")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("matched", equalTo(2))
                .body("unmatched.line", equalTo(List.of(4, 5)))
                .body("unmatched.reason", equalTo(List.of("unknown-person", "no-status")))
                .body("session.present", equalTo(1))
                .body("session.attendance.find { it.memberId == '" + volunteer.id() + "' }.status", equalTo("PRESENT"));
        post(session + "/close", "\"1\"", 409);
        post(session + "/hold", "\"1\"", 200);

        JsonPath closed = post(session + "/close", "\"2\"", 200);
        assertThat(closed.getString("session.status")).isEqualTo("CLOSED");
        assertThat(closed.getList("records")).hasSize(1);
        assertThat(closed.getString("records[0].memberId"))
                .isEqualTo(volunteer.id().toString());
        assertThat(closed.getString("records[0].moduleId")).isEqualTo(moduleId);
        assertThat(closed.getInt("records[0].moduleRevision")).isEqualTo(1);
        assertThat(closed.getString("records[0].completedOn")).isEqualTo(day.toString());
        assertThat(closed.getString("records[0].method")).isEqualTo("SESSION");
        assertThat(closed.getString("records[0].validUntil"))
                .isEqualTo(day.plusMonths(12).toString());
        assertThat(closed.getString("records[0].status")).isEqualTo("VALID");

        given().header("If-Match", "\"3\"")
                .header("Accept-Language", "en")
                .when()
                .post(session + "/close")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/session-closed"))
                .body("title", equalTo("Session already closed"));
        given().contentType("application/json")
                .header("If-Match", "\"3\"")
                .body("{\"marks\":[{\"memberId\":\"" + volunteer.id() + "\",\"status\":\"ABSENT\"}]}")
                .when()
                .post(session + "/attendance")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/session-frozen"));
        given().queryParam("memberId", volunteer.id().toString())
                .queryParam("moduleId", moduleId)
                .when()
                .get(base() + "/training-records")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].sessionId", equalTo(closed.getString("session.id")));
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aWrongRecordIsVoidedWithAReasonAndReplacedNeverEdited() {
        String moduleId = activeModule(scene.org(), "how-language-models-work", "IA-101");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String body = "{\"memberId\":\"" + scene.viewer().id() + "\",\"moduleId\":\"" + moduleId
                + "\",\"completedOn\":\"" + today
                + "\",\"method\":\"EXTERNAL_E_LEARNING\",\"evidence\":{\"kind\":\"CERTIFICATE\",\"reference\":\"EoA-123\"}}";
        String key = UUID.randomUUID().toString();
        JsonPath first = given().contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(base() + "/training-records")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        given().contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(base() + "/training-records")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.getString("id")));
        String record = base() + "/training-records/" + first.getString("id");

        JsonPath voided = given().contentType("application/json")
                .body("{\"reason\":\"Mauvaise personne\",\"replacement\":{\"memberId\":\"" + volunteer.id()
                        + "\",\"moduleId\":\"" + moduleId + "\",\"completedOn\":\"" + today
                        + "\",\"method\":\"EXTERNAL_E_LEARNING\"}}")
                .when()
                .post(record + "/void")
                .then()
                .statusCode(200)
                .body("voided.status", nullValue())
                .body("voided.voided.reason", equalTo("Mauvaise personne"))
                .body("replacement.memberId", equalTo(volunteer.id().toString()))
                .extract()
                .jsonPath();
        assertThat(voided.getString("voided.voided.replacedBy")).isEqualTo(voided.getString("replacement.id"));
        assertThat(voided.getString("voided.completedOn")).isEqualTo(today);
        given().contentType("application/json")
                .body("{\"reason\":\"Encore\"}")
                .when()
                .post(record + "/void")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/record-voided"));
        given().when()
                .get(record)
                .then()
                .statusCode(200)
                .header("ETag", "\"1-v\"")
                .body("evidence.reference", equalTo("EoA-123"));
        given().contentType("application/json")
                .body(body.replace("EXTERNAL_E_LEARNING", "SESSION"))
                .when()
                .post(base() + "/training-records")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/session-records-on-close"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void everyChangeIsAuditedWithItsTypedAction() {
        String moduleId = activeModule(scene.org(), "ai-and-work", "IA-107");
        String session = base() + "/training-sessions/" + session(scene.org(), moduleId, LocalDate.now(ZoneOffset.UTC));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"marks\":[{\"memberId\":\"" + volunteer.id() + "\",\"status\":\"PRESENT\"}]}")
                .when()
                .post(session + "/attendance")
                .then()
                .statusCode(200);
        post(session + "/hold", "\"1\"", 200);
        post(session + "/close", "\"2\"", 200);

        List<String> actions = given().queryParam("limit", 200)
                .when()
                .get(base() + "/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.action");
        assertThat(actions)
                .contains(
                        "training-module.created",
                        "training-module.published",
                        "training-session.planned",
                        "training-session.attendance-recorded",
                        "training-session.held",
                        "training-session.closed",
                        "training-record.recorded");
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void trainingsDueToPeopleAreDueItemsReadInTwoStatements() {
        OrganisationId organisation = world.association(World.COMMITTEE);
        Membership walker = organisations.addMember(
                World.caller(World.COMMITTEE),
                organisation,
                aMemberWithoutAccount().named("Marc").as(PersonType.VOLUNTEER).build());
        String org = organisation.toString();
        String moduleId = activeModule(org, "checking-ai-outputs", "IA-102");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String lapsed = "{\"memberId\":\"" + walker.id() + "\",\"moduleId\":\"" + moduleId + "\",\"completedOn\":\""
                + today.minusMonths(25) + "\",\"method\":\"BRIEFING\"}";
        created(base(org) + "/training-records", lapsed);
        String session = base(org) + "/training-sessions/" + session(org, moduleId, today.plusDays(10));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"marks\":[{\"memberId\":\"" + walker.id() + "\",\"status\":\"PRESENT\"}]}")
                .when()
                .post(session + "/attendance")
                .then()
                .statusCode(200);

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        List<DueItem> due = QuarkusTransaction.requiringNew()
                .call(() -> dueItems.dueIn(organisation, Instant.now().plus(Duration.ofDays(30)), 50));
        long statements = statistics.getPrepareStatementCount();
        List<DueItem> mine = QuarkusTransaction.requiringNew()
                .call(() -> dueItems.dueFor(List.of(walker), Instant.now().plus(Duration.ofDays(5)), 50));

        assertThat(statements).as("statements of one call").isEqualTo(2);
        assertThat(due).extracting(DueItem::kind).containsExactly("training-module.refresh", "training-session.attend");
        assertThat(due.get(0).assignee()).isEqualTo(Assignee.member(walker.id()));
        assertThat(due.get(0).dueAt())
                .isEqualTo(today.minusMonths(1)
                        .plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant());
        assertThat(due.get(0).title()).isEqualTo("Vérifier une production de l'IA avant de l'utiliser");
        assertThat(mine).extracting(DueItem::kind).containsExactly("training-module.refresh");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theDossierAsOfAPastDayIsUnchangedByALaterVoidAndNamesPeopleForTheAdmin() {
        String moduleId = activeModule(scene.org(), "environmental-impact", "IA-105");
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        TrainingModule module = programme.module(
                World.caller(World.ADMIN), scene.organisation(), new TrainingModuleId(UUID.fromString(moduleId)));
        TrainingRecord written = new TrainingRecord(
                new TrainingRecordId(UUID.randomUUID()),
                scene.organisation(),
                volunteer.id(),
                module.id(),
                1,
                yesterday.minusDays(10),
                TrainingMethod.BRIEFING,
                null,
                null,
                yesterday.minusDays(10).plusMonths(36),
                volunteer.id(),
                yesterday.atTime(12, 0).toInstant(ZoneOffset.UTC),
                null);
        QuarkusTransaction.requiringNew().run(() -> records.add(written));
        String dossier = base() + "/training-dossier";
        String person = "people.find { it.memberId == '" + volunteer.id() + "' }";
        String line = person + ".records.find { it.recordId == '" + written.id() + "' }";

        JsonPath before = given().queryParam("asOf", yesterday.toString())
                .queryParam("format", "json")
                .when()
                .get(dossier)
                .then()
                .statusCode(200)
                .body("namesShown", equalTo(true))
                .body(person + ".name", equalTo("Josée Lambert"))
                .body(person + ".personType", equalTo("VOLUNTEER"))
                .body(line + ".status", equalTo("VALID"))
                .body(line + ".moduleCode", equalTo("IA-105"))
                .extract()
                .jsonPath();
        given().contentType("application/json")
                .body("{\"reason\":\"Pas venue ce jour-là\"}")
                .when()
                .post(base() + "/training-records/" + written.id() + "/void")
                .then()
                .statusCode(200);
        JsonPath after = given().queryParam("asOf", yesterday.toString())
                .queryParam("format", "json")
                .when()
                .get(dossier)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(after.getList("people")).isEqualTo(before.getList("people"));
        assertThat(after.getMap("totals")).isEqualTo(before.getMap("totals"));
        given().queryParam("format", "json")
                .when()
                .get(dossier)
                .then()
                .statusCode(200)
                .body(line, nullValue());
        String csv = given().queryParam("asOf", yesterday.toString())
                .header("Accept-Language", "fr")
                .when()
                .get(dossier)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        assertThat(csv).startsWith("membre;nom;type;module").contains("Josée Lambert;VOLUNTEER;IA-105");
        given().queryParam("asOf", "hier").when().get(dossier).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theCommitteeReadsTheDossierWithoutNames() {
        given().queryParam("format", "json")
                .when()
                .get(base() + "/training-dossier")
                .then()
                .statusCode(200)
                .body("namesShown", equalTo(false))
                .body("people.name.findAll { it != null }", hasSize(0))
                .body("basis", org.hamcrest.Matchers.containsString("art. 4"));
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theExposureGapNamesWhoHandlesPersonalDataThroughAiWithoutTheTrainingForIt() {
        OrganisationId organisation = world.association(World.COMMITTEE);
        String org = organisation.toString();
        Membership marc = organisations.addMember(
                World.caller(World.COMMITTEE),
                organisation,
                aMemberWithoutAccount()
                        .named("Marc Pirotte")
                        .as(PersonType.VOLUNTEER)
                        .build());
        String tool = inventory
                .declare(World.caller(World.COMMITTEE), organisation, World.chatGpt())
                .id()
                .toString();
        String dataProtection = activeModule(org, "beneficiary-data-stays-out", "IA-103");
        String checking = activeModule(org, "checking-ai-outputs", "IA-102");
        String gap = base(org) + "/training-exposure-gap";
        given().when().get(gap).then().statusCode(200).body("people", hasSize(0));

        JsonPath use =
                created(base(org) + "/tool-uses", "{\"memberId\":\"" + marc.id() + "\",\"toolId\":\"" + tool + "\"}");
        assertThat(use.getString("source")).isEqualTo("RECORDED_BY_COORDINATOR");
        given().contentType("application/json")
                .body("{\"memberId\":\"" + marc.id() + "\",\"toolId\":\"" + tool + "\"}")
                .when()
                .post(base(org) + "/tool-uses")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/tool-use-exists"));
        given().when()
                .get(gap)
                .then()
                .statusCode(200)
                .body("people.memberId", equalTo(List.of(marc.id().toString())))
                .body("people[0].tools", equalTo(List.of(tool)))
                .body("people[0].missing", containsInAnyOrder("DATA_PROTECTION", "CHECKING_OUTPUTS"))
                .body("people[0].name", equalTo("Marc Pirotte")); // the caller founded this association: its ADMIN

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        created(
                base(org) + "/training-records",
                "{\"memberId\":\"" + marc.id() + "\",\"moduleId\":\"" + dataProtection + "\",\"completedOn\":\"" + today
                        + "\",\"method\":\"BRIEFING\"}");
        given().when().get(gap).then().statusCode(200).body("people[0].missing", equalTo(List.of("CHECKING_OUTPUTS")));
        created(
                base(org) + "/training-records",
                "{\"memberId\":\"" + marc.id() + "\",\"moduleId\":\"" + checking + "\",\"completedOn\":\"" + today
                        + "\",\"method\":\"COACHING\"}");
        given().when().get(gap).then().statusCode(200).body("people", hasSize(0));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aMemberDeclaresTheirOwnToolUseButNotSomeoneElses() {
        JsonPath mine =
                created(base() + "/tool-uses", "{\"toolId\":\"" + scene.tool().id() + "\"}");
        assertThat(mine.getString("source")).isEqualTo("SELF_DECLARED");
        given().contentType("application/json")
                .body("{\"memberId\":\"" + volunteer.id() + "\",\"toolId\":\""
                        + scene.tool().id() + "\"}")
                .when()
                .post(base() + "/tool-uses")
                .then()
                .statusCode(403);
        given().when().get(base() + "/training-exposure-gap").then().statusCode(403);
        given().when()
                .delete(base() + "/tool-uses/" + mine.getString("id"))
                .then()
                .statusCode(204);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aMemberReadsOnlyTheirOwnRecords() {
        given().when().get(base() + "/training-records").then().statusCode(200);
        given().queryParam("memberId", volunteer.id().toString())
                .when()
                .get(base() + "/training-records")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().when().get(base() + "/training-modules").then().statusCode(200);
    }
}
