package org.gouvernail.app.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.incident.DutyCode;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentAction;
import org.gouvernail.domain.incident.IncidentStatus;
import org.gouvernail.domain.incident.port.in.IncidentActionPlan;
import org.gouvernail.domain.incident.port.in.IncidentLog;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An incident's timeline through HTTP: detection, report, a status change, a duty settled, a step
 * ticked, an action planned and done, an observation, in time order; isolation: another
 * organisation's member 404, a viewer reads but may not observe (403).
 */
@QuarkusTest
class IncidentTimelineApiTest {

    private static final Logger LOG = Logger.getLogger(IncidentTimelineApiTest.class);
    private static Scene scene;
    private static Incident incident;

    @Inject
    World world;

    @Inject
    IncidentLog log;

    @Inject
    IncidentActionPlan plan;

    @Inject
    Memberships memberships;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            var rita = World.caller(World.DATA_REFERENT);
            incident = log.report(rita, scene.organisation(), IncidentFixtures.pasted());
            Incident triaged = log.moveTo(rita, scene.organisation(), incident.id(), 0, IncidentStatus.TRIAGED, null);
            Incident ticked =
                    log.tickStep(rita, scene.organisation(), incident.id(), triaged.version(), "delete-conversation");
            log.completeDuty(
                    rita,
                    scene.organisation(),
                    incident.id(),
                    ticked.version(),
                    DutyCode.GDPR_33_1_NOTIFY_AUTHORITY,
                    "APD-2026-77");
            IncidentAction action = plan.plan(
                    rita,
                    scene.organisation(),
                    incident.id(),
                    "Demander la suppression à l'éditeur",
                    memberships
                            .findActive(scene.organisation(), World.DATA_REFERENT)
                            .orElseThrow()
                            .id(),
                    LocalDate.now().plusDays(3));
            plan.complete(rita, scene.organisation(), incident.id(), action.id(), 0, "Demande envoyée");
        }
    }

    private static String timeline() {
        return "/api/v1/organisations/" + scene.org() + "/incidents/" + incident.id() + "/timeline";
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theTimelineTellsWhatWasRecordedInTimeOrder() {
        String body = "{\"text\":\"L'éditeur confirme la suppression sous 30 jours\"}";
        var added = given().contentType("application/json")
                .body(body)
                .when()
                .post(timeline())
                .then()
                .statusCode(201)
                .body("kind", equalTo("OBSERVATION"))
                .body("text", equalTo("L'éditeur confirme la suppression sous 30 jours"));
        LOG.info("WALKTHROUGH request: POST " + timeline() + " " + body);
        LOG.info("WALKTHROUGH answer: 201 " + added.extract().asString());
        given().contentType("application/json")
                .body("{\"text\":\" \"}")
                .when()
                .post(timeline())
                .then()
                .statusCode(400);
        var read = given().when().get(timeline()).then().statusCode(200);
        LOG.info("WALKTHROUGH request: GET " + timeline());
        LOG.info("WALKTHROUGH answer: 200 " + read.extract().asString());
        JsonPath json = read.extract().jsonPath();
        assertThat(json.getList("entries.kind", String.class))
                .containsExactly(
                        "DETECTED",
                        "REPORTED",
                        "STATUS_CHANGED",
                        "STEP_TICKED",
                        "DUTY_DONE",
                        "ACTION_PLANNED",
                        "ACTION_DONE",
                        "OBSERVATION");
        assertThat(json.getList("entries.code", String.class))
                .startsWith(
                        null,
                        "PERSONAL_DATA_IN_PUBLIC_TOOL",
                        "TRIAGED",
                        "delete-conversation",
                        "GDPR_33_1_NOTIFY_AUTHORITY");
        List<String> times = json.getList("entries.at", String.class);
        assertThat(times.subList(1, times.size()))
                .isSortedAccordingTo((a, b) -> java.time.Instant.parse(a).compareTo(java.time.Instant.parse(b)));
        assertThat(json.getString("entries[0].by")).isNull();
        assertThat(json.getString("entries[6].text")).isEqualTo("Demande envoyée");
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404() {
        for (Call call :
                IsolationCalls.incidentTimeline(scene.org(), incident.id().toString())) {
            call.answers(404, "not-found");
        }
        for (Call call : IsolationCalls.incidentTimeline(
                scene.other().toString(), incident.id().toString())) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsButDoesNotObserve() {
        for (Call call :
                IsolationCalls.incidentTimeline(scene.org(), incident.id().toString())) {
            if (call.reads()) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
            } else {
                call.answers(403, "forbidden");
            }
        }
    }
}
