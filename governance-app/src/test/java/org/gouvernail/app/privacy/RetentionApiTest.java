package org.gouvernail.app.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.privacy.RetentionRule;
import org.gouvernail.domain.privacy.port.out.RetentionPolicies;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RetentionApiTest {

    @Inject
    World world;

    @Inject
    RetentionService retention;

    @Inject
    RetentionPolicies policies;

    @Inject
    MeterRegistry metrics;

    @Inject
    DataSource dataSource;

    private OrganisationId organisation() {
        OrganisationId org = world.association(World.ADMIN);
        world.member(org, World.DATA_REFERENT, Role.DATA_REFERENT);
        world.member(org, World.VIEWER, Role.VIEWER);
        return org;
    }

    private static String path(OrganisationId org) {
        return "/api/v1/organisations/" + org + "/retention";
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theDefaultsThenAChoiceWithinTheBoundsWithIfMatch() {
        OrganisationId org = organisation();
        given().when()
                .get(path(org))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("rules.find { it.type == 'AUDIT_EVENTS' }.months", equalTo(60))
                .body("rules.find { it.type == 'CLOSED_INCIDENTS' }.minMonths", equalTo(36))
                .body("rules.type", hasItem("SETTLED_FEEDBACK"));

        given().contentType("application/json")
                .body("{\"rules\":{\"AUDIT_EVENTS\":84}}")
                .when()
                .put(path(org))
                .then()
                .statusCode(428);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .header("Accept-Language", "en")
                .body("{\"rules\":{\"AUDIT_EVENTS\":6}}")
                .when()
                .put(path(org))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("rules.AUDIT_EVENTS"));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"rules\":{\"FOREVER\":6}}")
                .when()
                .put(path(org))
                .then()
                .statusCode(400);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"rules\":{\"AUDIT_EVENTS\":84,\"SETTLED_FEEDBACK\":24}}")
                .when()
                .put(path(org))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("rules.find { it.type == 'AUDIT_EVENTS' }.months", equalTo(84))
                .body("rules.find { it.type == 'SETTLED_FEEDBACK' }.months", equalTo(24));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"rules\":{}}")
                .when()
                .put(path(org))
                .then()
                .statusCode(412);
        given().when()
                .get("/api/v1/organisations/" + org + "/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("retention.changed"))
                .body("items[0].summary", equalTo("AUDIT_EVENTS: 60 → 84 months; SETTLED_FEEDBACK: 36 → 24 months"));
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theDataReferentReadsButDoesNotChange() {
        OrganisationId org = organisation();
        given().when().get(path(org)).then().statusCode(200);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"rules\":{}}")
                .when()
                .put(path(org))
                .then()
                .statusCode(403);
    }

    @Test
    void oldAuditEventsArePurgedCountedAndAuditedTheRecentOnesKept() throws SQLException {
        OrganisationId org = organisation();
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        exec(
                "insert into audit_event values (?, ?, now(6) - interval 61 month, 'ada', 'ada', 'tool.declared',"
                        + " 'TOOL', ?, '')",
                old,
                org,
                UUID.randomUUID());
        exec(
                "insert into audit_event values (?, ?, now(6) - interval 59 month, 'ada', 'ada', 'tool.declared',"
                        + " 'TOOL', ?, '')",
                recent,
                org,
                UUID.randomUUID());
        double before = purged(RetentionRule.AUDIT_EVENTS);

        assertThat(retention.purge(org, Instant.now())).isEqualTo(1);

        assertThat(count("select count(*) from audit_event where id = ?", old)).isZero();
        assertThat(count("select count(*) from audit_event where id = ?", recent))
                .isEqualTo(1);
        assertThat(purged(RetentionRule.AUDIT_EVENTS) - before).isEqualTo(1.0);
        assertThat(count(
                        "select count(*) from audit_event where organisation_id = ? and action = 'retention.purged'"
                                + " and summary = 'type: AUDIT_EVENTS; deleted: 1; kept: 60 months'",
                        org))
                .isEqualTo(1);
    }

    @Test
    void anOrganisationThatKeepsLongerKeepsLonger() throws SQLException {
        OrganisationId org = organisation();
        UUID old = UUID.randomUUID();
        exec(
                "insert into audit_event values (?, ?, now(6) - interval 61 month, 'ada', 'ada', 'tool.declared',"
                        + " 'TOOL', ?, '')",
                old,
                org,
                UUID.randomUUID());
        retention.change(World.caller(World.ADMIN), org, 0, Map.of(RetentionRule.AUDIT_EVENTS, 120));

        retention.purge(org, Instant.now());

        assertThat(count("select count(*) from audit_event where id = ?", old)).isEqualTo(1);
    }

    @Test
    void settledFeedbackIsPurgedAfterItsPeriodTheOpenOneNever() throws SQLException {
        OrganisationId org = organisation();
        UUID settledLongAgo = UUID.randomUUID();
        UUID settledLately = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        String insert =
                "insert into feedback_item (id, organisation_id, kind, about_kind, text, channel, identity_mode,"
                        + " received_on, status, settled_on, version) values (?, ?, 'CONCERN', 'NOTHING', 'Texte', 'APP',"
                        + " 'ANONYMOUS', curdate() - interval 5 year, ?, %s, 0)";
        exec(insert.formatted("curdate() - interval 37 month"), settledLongAgo, org, "ANSWERED");
        exec(insert.formatted("curdate() - interval 35 month"), settledLately, org, "ANSWERED");
        exec(insert.formatted("null"), open, org, "RECEIVED");

        retention.purge(org, Instant.now());

        assertThat(count("select count(*) from feedback_item where id = ?", settledLongAgo))
                .isZero();
        assertThat(count("select count(*) from feedback_item where id = ?", settledLately))
                .isEqualTo(1);
        assertThat(count("select count(*) from feedback_item where id = ?", open))
                .isEqualTo(1);
    }

    @Test
    void aClosedIncidentIsPurgedCountedFromItsLastChangeAnOpenOneNever() throws SQLException {
        OrganisationId org = organisation();
        Membership reporter = world.member(org, World.CONTRIBUTOR, Role.CONTRIBUTOR);
        UUID closedLongAgo = incident(org, reporter, "CLOSED");
        UUID closedLately = incident(org, reporter, "CLOSED");
        exec(
                "insert into audit_event values (?, ?, now(6) - interval 1 month, 'ada', 'ada', 'incident.moved',"
                        + " 'INCIDENT', ?, 'status: RESOLVED → CLOSED')",
                UUID.randomUUID(),
                org,
                closedLately);
        UUID open = incident(org, reporter, "INVESTIGATING");

        retention.purge(org, Instant.now());

        assertThat(count("select count(*) from incident where id = ?", closedLongAgo))
                .isZero();
        assertThat(count("select count(*) from incident_duty where incident_id = ?", closedLongAgo))
                .isZero();
        assertThat(count("select count(*) from incident where id = ?", closedLately))
                .isEqualTo(1);
        assertThat(count("select count(*) from incident where id = ?", open)).isEqualTo(1);
    }

    @Test
    void theTrainingRecordsOfSomeoneWhoLeftLongAgoArePurgedThoseOfAMemberKept() throws SQLException {
        OrganisationId org = organisation();
        Membership member = world.member(org, World.CONTRIBUTOR, Role.CONTRIBUTOR);
        UUID left = UUID.randomUUID();
        exec(
                "insert into membership (id, organisation_id, display_name, person_type, status, version, created_at)"
                        + " values (?, ?, 'Parti', 'VOLUNTEER', 'REVOKED', 1, now(6) - interval 8 year)",
                left,
                org);
        UUID module = UUID.randomUUID();
        exec(
                "insert into training_module (id, organisation_id, code, title, summary, topics, level,"
                        + " duration_minutes, formats, languages, provider_kind, tool_categories,"
                        + " new_version_requires_refresh, status, revision, refresh_from_revision, created_by,"
                        + " created_at, version) values (?, ?, 'M1', 'Bases', 'Bases', 'BASICS', 'BASIC', 60,"
                        + " 'WORKSHOP', 'fr', 'INTERNAL', '', false, 'PUBLISHED', 1, 1, ?, now(6), 0)",
                module,
                org,
                member.id());
        UUID gone = record(org, left, module, member);
        UUID replacement = record(org, left, module, member);
        exec(
                "insert into training_record_void values (?, ?, 'Erreur', ?, now(6) - interval 6 year, ?)",
                gone,
                org,
                member.id(),
                replacement);
        UUID kept = record(org, member.id().value(), module, member);

        retention.purge(org, Instant.now());

        assertThat(count("select count(*) from training_record where id in (?, ?)", gone, replacement))
                .isZero();
        assertThat(count("select count(*) from training_record_void where record_id = ?", gone))
                .isZero();
        assertThat(count("select count(*) from training_record where id = ?", kept))
                .isEqualTo(1);
    }

    @Test
    void eachOrganisationIsClaimedByOneInstancePerHour() {
        OrganisationId org = organisation();
        Instant now = Instant.now();
        List<OrganisationId> first = QuarkusTransaction.requiringNew()
                .call(() -> policies.claimDue(now.minus(RetentionService.PURGE_EVERY), now, 100_000));
        List<OrganisationId> second = QuarkusTransaction.requiringNew()
                .call(() -> policies.claimDue(now.minus(RetentionService.PURGE_EVERY), now, 100_000));
        assertThat(first).contains(org);
        assertThat(second).doesNotContain(org);
    }

    private UUID incident(OrganisationId org, Membership reporter, String status) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(
                "insert into incident (id, organisation_id, title, kind, type, detected_at, tool_ids, use_case_ids,"
                        + " data_categories, vulnerable_people, harms, harm_actual, harm_reversible, high_risk_system,"
                        + " severity, severity_reasons, status, reported_by, reported_at, version)"
                        + " values (?, ?, 'Fuite', 'INCIDENT', 'DATA_LEAK', now(6) - interval 6 year, '', '', 'PERSONAL',"
                        + " 0, '', 1, 1, 0, 'LOW', '', ?, ?, now(6) - interval 6 year, 0)",
                id,
                org,
                status,
                reporter.id());
        exec(
                "insert into incident_duty (incident_id, code, organisation_id, reason, state)"
                        + " values (?, 'GDPR_33', ?, 'PERSONAL_DATA', 'DONE')",
                id,
                org);
        return id;
    }

    private UUID record(OrganisationId org, Object member, UUID module, Membership recorder) throws SQLException {
        UUID id = UUID.randomUUID();
        exec(
                "insert into training_record (id, organisation_id, member_id, module_id, module_revision, completed_on,"
                        + " method, recorded_by, recorded_at) values (?, ?, ?, ?, 1, curdate() - interval 6 year,"
                        + " 'BRIEFING', ?, now(6) - interval 6 year)",
                id,
                org,
                member,
                module,
                recorder.id());
        return id;
    }

    private double purged(RetentionRule rule) {
        var counter = metrics.find("gouvernail.retention.purged")
                .tag("type", rule.name())
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private void exec(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            PersonalDataScene.exec(c, sql, parameters);
        }
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i].toString());
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
