package org.gouvernail.app.privacy;

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
 * Tenant isolation of a person's data and of the retention policy: a member of another organisation gets 404, also for this
 * organisation's member named under their own; a viewer and a contributor get 403 on reading another
 * member's data and on erasing; a request without token gets 401.
 */
@QuarkusTest
class PersonalDataIsolationTest {

    private static Scene scene;

    @Inject
    World world;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static List<Call> sceneCalls() {
        return IsolationCalls.personalData(scene.org(), scene.viewer().id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(sceneCalls()).as("probes").hasSize(4);
        for (Call call : sceneCalls()) {
            call.answers(404, "not-found");
        }
        for (Call call : IsolationCalls.personalData(
                scene.other().toString(), scene.viewer().id().toString())) {
            if (call.path().contains(scene.viewer().id().toString())) {
                call.answers(404, "not-found");
            }
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerGets403EvenAboutThemself() {
        for (Call call : sceneCalls()) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorGets403() {
        for (Call call : sceneCalls()) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        for (Call call : sceneCalls()) {
            call.answers(401, "unauthorized");
        }
    }
}
