package org.gouvernail.app.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentAction;
import org.gouvernail.domain.incident.port.in.IncidentActionPlan;
import org.gouvernail.domain.incident.port.in.IncidentLog;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the incidents' actions: a member of another organisation gets 404 on every
 * endpoint; a viewer who owns no action reads but gets 403 on every change; no token, 401.
 */
@QuarkusTest
class IncidentActionIsolationTest {

    private static Scene scene;
    private static Incident incident;
    private static IncidentAction action;

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
            incident = log.report(World.caller(World.DATA_REFERENT), scene.organisation(), IncidentFixtures.pasted());
            action = plan.plan(
                    World.caller(World.DATA_REFERENT),
                    scene.organisation(),
                    incident.id(),
                    "Supprimer la conversation",
                    memberships
                            .findActive(scene.organisation(), World.DATA_REFERENT)
                            .orElseThrow()
                            .id(),
                    LocalDate.now().plusDays(2));
        }
    }

    private static List<Call> sceneCalls() {
        return IsolationCalls.incidentActions(
                scene.org(), incident.id().toString(), action.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(sceneCalls()).as("probes").hasSize(5);
        for (Call call : sceneCalls()) {
            call.answers(404, "not-found");
        }
        for (Call call : IsolationCalls.incidentActions(
                scene.other().toString(), incident.id().toString(), action.id().toString())) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsButGets403OnEveryChange() {
        int reads = 0;
        int refused = 0;
        for (Call call : sceneCalls()) {
            if (call.reads()) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                refused++;
            }
        }
        assertThat(reads).isEqualTo(2);
        assertThat(refused).isEqualTo(3);
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        for (Call call : sceneCalls()) {
            call.answers(401, "unauthorized");
        }
    }
}
