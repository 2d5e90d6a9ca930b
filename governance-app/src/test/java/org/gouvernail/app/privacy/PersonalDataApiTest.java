package org.gouvernail.app.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.gouvernail.app.privacy.PersonalDataScene.Seeded;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.organisation.MemberDetails;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonalDataApiTest {

    /** Every category the sources give today, listed even when empty. */
    static final Set<String> ALL_CATEGORIES = Set.of(
            "audit.actions",
            "committee.attendance",
            "committee.decisions-recorded",
            "committee.requests",
            "committee.seat",
            "communication.actions",
            "communication.plans",
            "feedback.handled",
            "feedback.disclosures",
            "feedback.sent",
            "incident.duties-settled",
            "incident.handling",
            "incident.reported",
            "inventory.assessments",
            "inventory.tool-use",
            "inventory.tools-declared",
            "organisation.closure-requested",
            "organisation.membership",
            "organisation.membership-history",
            "policy.acknowledgements",
            "policy.authored",
            "readiness.responses",
            "risk.actions",
            "risk.risks",
            "shared.idempotency-records",
            "todo.calendar-link",
            "todo.notices-sent",
            "todo.notification-preferences",
            "training.attendance",
            "training.organised",
            "training.quiz-attempts",
            "training.records",
            "training.requirements",
            "usecase.use-cases");

    /** What the scene seeds nothing in: the person handled no feedback, wrote no policy, organised no training, answered no quiz. */
    static final Set<String> EMPTY_FOR_THE_SCENE = Set.of(
            "feedback.handled",
            "feedback.disclosures",
            "incident.handling",
            "organisation.closure-requested",
            "policy.authored",
            "training.organised",
            "training.quiz-attempts");

    @Inject
    PersonalDataScene scene;

    @Inject
    World world;

    @Inject
    DataSource dataSource;

    @Inject
    OrganisationManagement organisations;

    private static String base(Seeded seeded) {
        return "/api/v1/organisations/" + seeded.org() + "/members/" + seeded.member();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theExportListsEveryPlaceTheSeededPersonAppearsWithPurposeAndRetention() throws SQLException {
        Seeded seeded = scene.seed(unique("zora"));

        JsonPath report = given().accept("application/json")
                .when()
                .get(base(seeded) + "/personal-data")
                .then()
                .statusCode(200)
                .body("memberId", equalTo(seeded.member()))
                .extract()
                .jsonPath();

        Map<String, Integer> rows = new TreeMap<>();
        for (Map<String, Object> category : report.<Map<String, Object>>getList("categories")) {
            rows.put((String) category.get("code"), ((List<?>) category.get("rows")).size());
            assertThat((String) category.get("purpose"))
                    .as("purpose of " + category.get("code"))
                    .isNotBlank();
            assertThat((String) category.get("retention"))
                    .as("retention of " + category.get("code"))
                    .isNotBlank();
        }
        assertThat(rows.keySet()).isEqualTo(new java.util.TreeSet<>(ALL_CATEGORIES));
        Map<String, Integer> empty = new TreeMap<>(rows);
        empty.values().removeIf(n -> n > 0);
        assertThat(empty.keySet())
                .as("categories without rows")
                .isEqualTo(new java.util.TreeSet<>(EMPTY_FOR_THE_SCENE));
        assertThat(rows.get("shared.idempotency-records"))
                .as("the person's own request, not the admin's about them")
                .isEqualTo(1);
        assertThat(report.getString("categories.find { it.code == 'organisation.membership' }.rows[0][2]"))
                .isEqualTo(seeded.email());
        assertThat(report.getList("categories.find { it.code == 'committee.attendance' }.rows[0]"))
                .as("the meeting attended and the decisions taken there")
                .last()
                .isEqualTo("1");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theExportIsACsvOfOneLinePerCellOnAskingAndIsAudited() throws SQLException {
        Seeded seeded = scene.seed(unique("yann"));

        String csv = given().header("Accept-Language", "en")
                .queryParam("format", "csv")
                .when()
                .get(base(seeded) + "/personal-data")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract()
                .asString();
        assertThat(csv).startsWith("category,purpose,legalBasis,retention,row,field,value");
        assertThat(csv).contains("training.records,").contains(",email," + seeded.email());
        assertThat(csv.lines()
                        .filter(line -> line.startsWith("policy.authored,"))
                        .toList())
                .as("an empty category is one line without row")
                .hasSize(1);

        given().accept("text/csv")
                .when()
                .get(base(seeded) + "/personal-data")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"));
        given().queryParam("format", "xlsx")
                .when()
                .get(base(seeded) + "/personal-data")
                .then()
                .statusCode(400);
        given().when()
                .get("/api/v1/organisations/" + seeded.org() + "/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("member.personal-data-exported"))
                .body("items[0].subjectId", equalTo(seeded.member()));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aMemberReadsTheirOwnDataOrganisationByOrganisation() throws SQLException {
        OrganisationId org = world.association(World.ADMIN);
        var me = world.member(org, World.CONTRIBUTOR, Role.CONTRIBUTOR);
        OrganisationId stranger = world.association(World.STRANGER);

        given().queryParam("organisation", org.toString())
                .when()
                .get("/api/v1/me/personal-data")
                .then()
                .statusCode(200)
                .body("memberId", equalTo(me.id().toString()))
                .body(
                        "categories.find { it.code == 'organisation.membership' }.rows[0][1]",
                        equalTo(World.CONTRIBUTOR));
        given().queryParam("organisation", stranger.toString())
                .when()
                .get("/api/v1/me/personal-data")
                .then()
                .statusCode(404);
        given().when().get("/api/v1/me/personal-data").then().statusCode(400);
        given().queryParam("organisation", org.toString())
                .when()
                .get("/api/v1/organisations/" + org + "/members/" + me.id() + "/personal-data")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void afterErasureNoRowOfTheOrganisationNamesThePersonAndTheirVoteStillCounts() throws SQLException {
        String subject = unique("xavier");
        Seeded seeded = scene.seed(subject);
        OrganisationId elsewhere = world.association(World.ADMIN);
        world.member(elsewhere, subject, Role.VIEWER);
        List<String> needles = List.of(subject, seeded.email());
        assertThat(occurrences(seeded, needles))
                .as("the scan finds the person before")
                .isNotEmpty();

        JsonPath erasure = given().when()
                .post(base(seeded) + "/erase")
                .then()
                .statusCode(200)
                .body("pseudonym", matchesPattern("member #\\d+, erased on \\d{4}-\\d{2}-\\d{2}"))
                .extract()
                .jsonPath();
        String pseudonym = erasure.getString("pseudonym");
        assertThat(erasure.getLong("rowsRewritten")).isGreaterThan(10);

        assertThat(occurrences(seeded, needles))
                .as("what still names the person")
                .isEmpty();
        try (Connection c = dataSource.getConnection()) {
            assertThat(single(c, "select votes_for from decision where id = ?", seeded.decision()))
                    .isEqualTo("3");
            assertThat(single(c, "select count(*) from meeting_attendee where member_id = ?", seeded.member()))
                    .as("the attendance counts, under the pseudonym")
                    .isEqualTo("1");
            assertThat(single(c, "select display_name from membership where id = ?", seeded.member()))
                    .isEqualTo(pseudonym);
            assertThat(single(c, "select status from membership where id = ?", seeded.member()))
                    .isEqualTo("REVOKED");
            assertThat(single(
                            c,
                            "select email from membership where organisation_id = ? and subject = ?",
                            elsewhere,
                            subject))
                    .as("the person's other organisation is untouched")
                    .isEqualTo(seeded.email());
            assertThat(single(c, "select count(*) from notification_preference where subject = ?", subject))
                    .as("settings shared with the other organisation are kept")
                    .isEqualTo("1");
            assertThat(single(
                            c,
                            "select summary from audit_event where organisation_id = ? and action = 'member.erased'",
                            seeded.org()))
                    .contains(pseudonym)
                    .doesNotContain(subject);
        }
        given().when()
                .get(base(seeded) + "/personal-data")
                .then()
                .statusCode(200)
                .body("categories.find { it.code == 'organisation.membership' }.rows[0][1]", equalTo(pseudonym));
        given().header("Accept-Language", "en")
                .when()
                .post(base(seeded) + "/erase")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/member-erased"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void anAccentedNameIsErasedFromFreeTextWhileAnotherMemberWhoseNameContainsItKeepsTheirs() throws SQLException {
        OrganisationId org = world.association(World.ADMIN);
        String name = "Zoé Lefèvre " + UUID.randomUUID().toString().substring(0, 6);
        var zoe = organisations.addMember(
                World.caller(World.ADMIN),
                org,
                new MemberDetails(null, name, PersonType.VOLUNTEER, Set.of(Role.CONTRIBUTOR)));
        var namesake = organisations.addMember(
                World.caller(World.ADMIN),
                org,
                new MemberDetails(null, name + "-Dupont", PersonType.VOLUNTEER, Set.of(Role.CONTRIBUTOR)));
        try (Connection c = dataSource.getConnection()) {
            PersonalDataScene.exec(
                    c,
                    "insert into meeting (id, organisation_id, meeting_date, minutes, version, created_at)"
                            + " values (?, ?, curdate(), ?, 0, now(6))",
                    UUID.randomUUID(),
                    org,
                    "Présente : " + name + ". Excusée : " + name + "-Dupont.");
        }

        given().when()
                .post("/api/v1/organisations/" + org + "/members/" + zoe.id() + "/erase")
                .then()
                .statusCode(200);

        try (Connection c = dataSource.getConnection()) {
            assertThat(single(c, "select display_name from membership where id = ?", namesake.id()))
                    .isEqualTo(name + "-Dupont");
            assertThat(single(c, "select minutes from meeting where organisation_id = ?", org))
                    .as("the free text names the erased person no more (the namesake's name is cut, a known limit)")
                    .doesNotContain("Présente : " + name)
                    .startsWith("Présente : member #");
        }
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void anOpenIncidentWithAPendingNotificationDutyHoldsTheNameUntilSettled() throws SQLException {
        Seeded seeded = scene.seed(unique("wanda"));
        UUID incident = scene.openIncidentWithPendingDuty(seeded);

        given().header("Accept-Language", "nl")
                .when()
                .post(base(seeded) + "/erase")
                .then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://gouvernail.org/problems/erasure-held"))
                .body("title", startsWith("Wissen geweigerd"))
                .body("detail", containsString(incident.toString()));
        given().header("Accept-Language", "fr")
                .when()
                .post(base(seeded) + "/erase")
                .then()
                .statusCode(409)
                .body("title", startsWith("Effacement refusé"));
        try (Connection c = dataSource.getConnection()) {
            assertThat(single(c, "select display_name from membership where id = ?", seeded.member()))
                    .as("nothing was half erased")
                    .isEqualTo(seeded.subject());
        }

        scene.settle(incident);
        given().when().post(base(seeded) + "/erase").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void anAdministratorIsNotErasedNorErasesThemself() throws SQLException {
        Seeded seeded = scene.seed(unique("victor"));
        String adminId;
        try (Connection c = dataSource.getConnection()) {
            adminId = single(
                    c,
                    "select id from membership where organisation_id = ? and subject = ?",
                    seeded.org(),
                    World.ADMIN);
        }
        given().when()
                .post("/api/v1/organisations/" + seeded.org() + "/members/" + adminId + "/erase")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/erasure-of-self"));
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theDataReferentReadsButDoesNotErase() throws SQLException {
        Seeded seeded = scene.seed(unique("ursula"));
        given().when().post(base(seeded) + "/erase").then().statusCode(403);
    }

    private static String single(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i].toString());
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /**
     * Every text of the organisation's rows (every column of every table with organisation_id; the
     * child tables through their parent; the idempotency records of its paths) that contains a needle:
     * "table.column ∋ needle" → count.
     */
    private Map<String, Long> occurrences(Seeded seeded, List<String> needles) throws SQLException {
        Map<String, Long> found = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                            select c.table_name, c.column_name,
                                   exists (select 1 from information_schema.columns o where o.table_schema = c.table_schema
                                           and o.table_name = c.table_name and o.column_name = 'organisation_id')
                            from information_schema.columns c where c.table_schema = database()
                            order by c.table_name, c.ordinal_position""");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
            assertThat(columns).hasSizeGreaterThan(100);
            for (String[] column : columns) {
                String table = column[0];
                if (Set.of("notification_preference", "calendar_token", "sent_notice")
                        .contains(table)) {
                    continue; // the person's own settings, shared by their organisations: checked apart
                }
                String where = "1".equals(column[2])
                        ? "organisation_id = ?"
                        : "idempotency_record".equals(table)
                                ? "request_path like concat('/api/v1/organisations/', ?, '/%')"
                                : "? is not null"; // a child table: the needles are unique to this person
                for (String needle : needles) {
                    String sql = "select count(*) from `" + table + "` where " + where + " and cast(`" + column[1]
                            + "` as char) like concat('%', ?, '%')";
                    try (PreparedStatement count = connection.prepareStatement(sql)) {
                        count.setString(1, seeded.org());
                        count.setString(2, needle);
                        try (ResultSet result = count.executeQuery()) {
                            result.next();
                            if (result.getLong(1) > 0) {
                                found.put(table + "." + column[1] + " ∋ " + needle, result.getLong(1));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
