package org.gouvernail.app.exit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the organisation's archive and closure: a member of another organisation gets
 * 404, a member who is not ADMIN gets 403 on the export, the closure and its cancellation (reading the
 * closure is open to every member), no token gets 401; nothing is ever closed by a refused call.
 */
@QuarkusTest
class ExitIsolationTest {

    private static Scene scene;

    @Inject
    World world;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        List<Call> calls = IsolationCalls.exit(scene.org());
        assertThat(calls).as("probes").hasSize(4);
        for (Call call : calls) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerGets403OnTheExportAndTheClosure() {
        for (Call call : IsolationCalls.exit(scene.org())) {
            if (call.path().endsWith("/closure") && call.reads()) {
                call.answers(404, "not-found"); // a member may read it; there is none
            } else {
                call.answers(403, "forbidden");
            }
        }
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theDataReferentGets403OnTheExportAndTheClosure() {
        for (Call call : IsolationCalls.exit(scene.org())) {
            if (!call.reads() || call.path().endsWith("/export")) {
                call.answers(403, "forbidden");
            }
        }
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        for (Call call : IsolationCalls.exit(scene.org())) {
            call.answers(401, "unauthorized");
        }
        io.restassured.RestAssured.given()
                .contentType("application/zip")
                .body(new byte[] {'P', 'K'})
                .when()
                .post("/api/v1/organisations/import")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        new Call("GET", "/api/v1/organisation-receipts/" + scene.org(), null).answers(401, "unauthorized");
    }
}
