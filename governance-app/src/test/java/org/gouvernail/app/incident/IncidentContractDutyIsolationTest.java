package org.gouvernail.app.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.incident.ContractDutyRule;
import org.gouvernail.domain.incident.ContractPartyKind;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.Severity;
import org.gouvernail.domain.incident.port.in.IncidentContractDuties;
import org.gouvernail.domain.incident.port.in.IncidentContractDuties.Terms;
import org.gouvernail.domain.incident.port.in.IncidentLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the contractual notification duties, for every endpoint: a member of another
 * organisation gets 404, also for this organisation's rule and incident named under their own; a
 * viewer reads but gets 403 on every change; the committee handles duties but does not configure;
 * a request without token gets 401.
 */
@QuarkusTest
class IncidentContractDutyIsolationTest {

    private static Scene scene;
    private static Incident incident;
    private static ContractDutyRule rule;

    @Inject
    World world;

    @Inject
    IncidentLog log;

    @Inject
    IncidentContractDuties contractDuties;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            rule = contractDuties.configure(
                    World.caller(World.ADMIN),
                    scene.organisation(),
                    new Terms("Assureur RC", ContractPartyKind.INSURER, 48, Severity.LOW, true, null));
            incident = log.report(World.caller(World.DATA_REFERENT), scene.organisation(), IncidentFixtures.pasted());
        }
    }

    private static List<Call> sceneCalls() {
        return IsolationCalls.incidentContractDuties(
                scene.org(), incident.id().toString(), rule.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(sceneCalls()).as("probes").hasSize(8);
        for (Call call : sceneCalls()) {
            call.answers(404, "not-found");
        }
        for (Call call : IsolationCalls.incidentContractDuties(
                scene.other().toString(), incident.id().toString(), rule.id().toString())) {
            if (call.path().contains(incident.id().toString())
                    || call.path().contains(rule.id().toString())) {
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
            if (call.reads()) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                refused++;
            }
        }
        assertThat(reads).isEqualTo(3);
        assertThat(refused).isEqualTo(5);
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theCommitteeDoesNotConfigure() {
        for (Call call : sceneCalls()) {
            if (!call.reads() && call.path().contains("/incident-contract-duties")) {
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
