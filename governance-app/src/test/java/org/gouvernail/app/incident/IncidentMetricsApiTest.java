package org.gouvernail.app.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
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
import java.util.Map;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.incident.DutyCode;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentKind;
import org.gouvernail.domain.incident.IncidentNote;
import org.gouvernail.domain.incident.IncidentType;
import org.gouvernail.domain.incident.TimelineKind;
import org.gouvernail.domain.incident.port.in.IncidentLog;
import org.gouvernail.domain.incident.port.out.IncidentNotes;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.Caller;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The incident metrics on seeded data, compared with values computed by hand. March 2026: A
 * (personal data in a public tool, MEDIUM) occurred 08:00, detected 10:00 on the 1st, contained at
 * 16:00, closed on the 3rd at 10:00, its 72 h notification still pending; F (same type, MEDIUM)
 * detected on the 5th, its notification done long after the 72 h; B (near miss, OTHER, LOW)
 * occurred 00:00, detected 04:00 on the 10th, investigating at 06:00; C (malfunction, LOW) detected
 * on the 20th at 00:00, contained at 12:00, closed the next day at 00:00; D, detected in April, is
 * out. By hand: 4 incidents; detect median of 2 h and 4 h = 3 h; contain median of 6 h, 2 h, 12 h
 * = 6 h; close median of 48 h and 24 h = 36 h; duties due 2 (A late pending, F done late), on time
 * 0 → 0 %. Now: E's notification done within its 72 h, G's not due yet → 1 of 1, 100 %.
 */
@QuarkusTest
class IncidentMetricsApiTest {

    private static final Logger LOG = Logger.getLogger(IncidentMetricsApiTest.class);
    private static Scene scene;

    @Inject
    World world;

    @Inject
    IncidentLog log;

    @Inject
    IncidentNotes notes;

    @Inject
    Memberships memberships;

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @BeforeEach
    void setUp() {
        if (scene != null) {
            return;
        }
        scene = world.scene();
        Caller rita = World.caller(World.DATA_REFERENT);
        MemberId by = memberships
                .findActive(scene.organisation(), World.DATA_REFERENT)
                .orElseThrow()
                .id();
        Incident a = log.report(
                rita,
                scene.organisation(),
                IncidentFixtures.facts(
                        IncidentKind.INCIDENT,
                        IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL,
                        true,
                        at("2026-03-01T08:00:00Z"),
                        at("2026-03-01T10:00:00Z")));
        status(a, "TRIAGED", at("2026-03-01T12:00:00Z"), by);
        status(a, "CONTAINED", at("2026-03-01T16:00:00Z"), by);
        status(a, "CLOSED", at("2026-03-03T10:00:00Z"), by);
        Incident f = log.report(
                rita,
                scene.organisation(),
                IncidentFixtures.facts(
                        IncidentKind.INCIDENT,
                        IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL,
                        true,
                        null,
                        at("2026-03-05T00:00:00Z")));
        log.completeDuty(rita, scene.organisation(), f.id(), 0, DutyCode.GDPR_33_1_NOTIFY_AUTHORITY, "APD-late");
        Incident b = log.report(
                rita,
                scene.organisation(),
                IncidentFixtures.facts(
                        IncidentKind.NEAR_MISS,
                        IncidentType.OTHER,
                        false,
                        at("2026-03-10T00:00:00Z"),
                        at("2026-03-10T04:00:00Z")));
        status(b, "INVESTIGATING", at("2026-03-10T06:00:00Z"), by);
        Incident c = log.report(
                rita,
                scene.organisation(),
                IncidentFixtures.facts(
                        IncidentKind.INCIDENT, IncidentType.MALFUNCTION, false, null, at("2026-03-20T00:00:00Z")));
        status(c, "CONTAINED", at("2026-03-20T12:00:00Z"), by);
        status(c, "CLOSED", at("2026-03-21T00:00:00Z"), by);
        status(c, "INVESTIGATING", at("2026-03-22T00:00:00Z"), by);
        status(c, "CLOSED", at("2026-03-25T00:00:00Z"), by);
        Incident d = log.report(
                rita,
                scene.organisation(),
                IncidentFixtures.facts(
                        IncidentKind.INCIDENT, IncidentType.MALFUNCTION, false, null, at("2026-04-05T00:00:00Z")));
        status(d, "CLOSED", at("2026-04-05T01:00:00Z"), by);
        Instant recent = Instant.now().minus(Duration.ofHours(1));
        Incident e = log.report(
                rita,
                scene.organisation(),
                IncidentFixtures.facts(
                        IncidentKind.INCIDENT, IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL, true, null, recent));
        log.completeDuty(rita, scene.organisation(), e.id(), 0, DutyCode.GDPR_33_1_NOTIFY_AUTHORITY, "APD-on-time");
        log.report(
                rita,
                scene.organisation(),
                IncidentFixtures.facts(IncidentKind.INCIDENT, IncidentType.ACCOUNT_COMPROMISE, true, null, recent));
    }

    private void status(Incident incident, String code, Instant when, MemberId by) {
        QuarkusTransaction.requiringNew()
                .run(() -> notes.add(new IncidentNote(
                        UUID.randomUUID(),
                        incident.organisationId(),
                        incident.id(),
                        TimelineKind.STATUS_CHANGED,
                        when,
                        by,
                        code,
                        null)));
    }

    private static String metrics() {
        return "/api/v1/organisations/" + scene.org() + "/incidents/metrics";
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theMetricsOfMarchMatchTheHandComputedValues() {
        var answer = given().queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31")
                .when()
                .get(metrics())
                .then()
                .statusCode(200)
                .body("incidents", equalTo(4))
                .body("medianTimeToDetect", equalTo("PT3H"))
                .body("medianTimeToContain", equalTo("PT6H"))
                .body("medianTimeToClose", equalTo("PT36H"))
                .body("dutiesDue", equalTo(2))
                .body("dutiesOnTime", equalTo(0))
                .body("dutiesOnTimePercent", equalTo(0.0f));
        LOG.info("WALKTHROUGH request: GET " + metrics() + "?from=2026-03-01&to=2026-03-31");
        LOG.info("WALKTHROUGH answer: 200 " + answer.extract().asString());
        JsonPath json = answer.extract().jsonPath();
        assertThat(json.getList("byType", Map.class))
                .containsExactly(
                        Map.of("type", "PERSONAL_DATA_IN_PUBLIC_TOOL", "count", 2),
                        Map.of("type", "MALFUNCTION", "count", 1),
                        Map.of("type", "OTHER", "count", 1));
        assertThat(json.getList("bySeverity", Map.class))
                .containsExactly(Map.of("severity", "LOW", "count", 2), Map.of("severity", "MEDIUM", "count", 2));
        assertThat(json.getString("from")).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(json.getString("to")).isEqualTo("2026-04-01T00:00:00Z");
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aNotificationDoneWithinItsClockIsOnTimeAndOneNotYetDueIsLeftOut() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        given().queryParam("from", today.minusDays(1).toString())
                .when()
                .get(metrics())
                .then()
                .statusCode(200)
                .body("incidents", equalTo(2))
                .body("dutiesDue", equalTo(1))
                .body("dutiesOnTime", equalTo(1))
                .body("dutiesOnTimePercent", equalTo(100.0f))
                .body("medianTimeToDetect", nullValue())
                .body("medianTimeToClose", nullValue());
        given().queryParam("from", "2026-04-01")
                .queryParam("to", "2026-03-01")
                .when()
                .get(metrics())
                .then()
                .statusCode(400)
                .body("type", equalTo("https://gouvernail.org/problems/invalid-parameter"));
        given().queryParam("from", "1 mars").when().get(metrics()).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerGets403() {
        given().when()
                .get(metrics())
                .then()
                .statusCode(403)
                .body("type", equalTo("https://gouvernail.org/problems/forbidden"));
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void aMemberOfAnotherOrganisationGets404() {
        given().when()
                .get(metrics())
                .then()
                .statusCode(404)
                .body("type", equalTo("https://gouvernail.org/problems/not-found"));
    }
}
