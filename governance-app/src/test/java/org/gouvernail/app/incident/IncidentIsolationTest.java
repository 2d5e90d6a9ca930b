package org.gouvernail.app.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.incident.HarmType;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentFacts;
import org.gouvernail.domain.incident.IncidentKind;
import org.gouvernail.domain.incident.IncidentType;
import org.gouvernail.domain.incident.port.in.IncidentLog;
import org.gouvernail.domain.shared.DataCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the incident log, for every endpoint: a member of another organisation gets
 * 404, also for this organisation's incident named under their own; a viewer reads but gets 403
 * on every change; a request without token gets 401.
 */
@QuarkusTest
class IncidentIsolationTest {

    private static Scene scene;
    private static Incident incident;

    @Inject
    World world;

    @Inject
    IncidentLog log;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            incident = log.report(
                    World.caller(World.DATA_REFERENT),
                    scene.organisation(),
                    new IncidentFacts(
                            "Données dans un outil public",
                            null,
                            IncidentKind.INCIDENT,
                            IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL,
                            null,
                            Instant.parse("2026-11-27T10:00:00Z"),
                            Set.of(),
                            Set.of(),
                            null,
                            Set.of(DataCategory.PERSONAL),
                            null,
                            null,
                            false,
                            Set.of(HarmType.PRIVACY),
                            false,
                            true,
                            false));
        }
    }

    private static List<Call> sceneCalls() {
        return IsolationCalls.incidents(scene.org(), incident.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(sceneCalls()).as("probes").hasSize(14);
        for (Call call : sceneCalls()) {
            call.answers(404, "not-found");
        }
        for (Call call :
                IsolationCalls.incidents(scene.other().toString(), incident.id().toString())) {
            if (call.path().contains(incident.id().toString())) {
                call.answers(404, "not-found");
            }
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsButGets403OnEveryChange() {
        int reads = 0;
        int refused = 0;
        for (Call call : sceneCalls()) {
            // the metrics are for the handlers only
            if (call.reads() && !call.path().contains("/metrics")) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                refused++;
            }
        }
        assertThat(reads).isEqualTo(3);
        assertThat(refused).isEqualTo(11);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorReportsButDoesNotHandle() {
        for (Call call : sceneCalls()) {
            if (!call.reads() && call.path().contains(incident.id().toString())) {
                call.answers(403, "forbidden");
            }
        }
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        for (Call call : sceneCalls()) {
            call.answers(401, "unauthorized");
        }
    }
}
