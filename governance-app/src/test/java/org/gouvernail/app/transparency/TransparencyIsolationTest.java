package org.gouvernail.app.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.transparency.TransparencyStatement;
import org.gouvernail.domain.transparency.port.in.AiTransparency;
import org.gouvernail.domain.transparency.port.in.AiTransparency.Narrative;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff endpoints of the transparency statement: 404 across organisations, 403 without the role, 401 without a token. */
@QuarkusTest
class TransparencyIsolationTest {

    private static Scene scene;
    private static TransparencyStatement statement;
    private static TransparencyStatement strangersStatement;

    @Inject
    World world;

    @Inject
    AiTransparency transparency;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            Narrative narrative = new Narrative(null, "ia@example.org", null);
            statement = transparency.draft(World.caller(World.COMMITTEE), scene.organisation(), narrative);
            strangersStatement = transparency.draft(World.caller(World.STRANGER), scene.other(), narrative);
        }
    }

    private static List<Call> calls(String org, TransparencyStatement one) {
        return IsolationCalls.transparency(org, one.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        List<Call> calls = calls(scene.org(), statement);
        assertThat(calls).as("probes").hasSize(5);
        for (Call call : calls) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsVersionIs404EvenUnderOnesOwnOrganisation() {
        List<Call> calls = new ArrayList<>(calls(scene.other().toString(), statement).stream()
                .filter(call -> call.path().contains(statement.id().toString()))
                .toList());
        assertThat(calls).as("probes").hasSize(3);
        for (Call call : calls) {
            call.answers(404, "not-found");
        }
        assertThat(strangersStatement.organisationId()).isEqualTo(scene.other());
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsButGets403OnEveryChange() {
        int reads = 0;
        int changes = 0;
        for (Call call : calls(scene.org(), statement)) {
            if (call.reads()) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                changes++;
            }
        }
        assertThat(reads).as("reads probed").isEqualTo(2);
        assertThat(changes).as("changes probed").isEqualTo(3);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorGets403OnEveryChange() {
        List<Call> changes = calls(scene.org(), statement).stream()
                .filter(call -> !call.reads())
                .toList();
        assertThat(changes).as("probes").hasSize(3);
        for (Call call : changes) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    void noTokenGets401OnEveryStaffEndpoint() {
        for (Call call : calls(scene.org(), statement)) {
            call.answers(401, "unauthorized");
        }
    }
}
