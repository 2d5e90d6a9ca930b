package org.gouvernail.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.review.Review;
import org.gouvernail.domain.review.port.in.ReviewCycle;
import org.gouvernail.domain.risk.RiskCategory;
import org.gouvernail.domain.risk.RiskDraft;
import org.gouvernail.domain.risk.port.in.RiskRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the review cycle, for every endpoint: a member of another organisation gets
 * 404, also for this organisation's review named under their own; a viewer reads but gets 403 on
 * proposing an agenda and on the settings; a request without token gets 401.
 */
@QuarkusTest
class ReviewIsolationTest {

    private static Scene scene;
    private static Meeting meeting;
    private static Review review;

    @Inject
    World world;

    @Inject
    CommitteeGovernance governance;

    @Inject
    ReviewCycle cycle;

    @Inject
    RiskRegister register;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            register.raise(
                    World.caller(World.DATA_REFERENT),
                    scene.organisation(),
                    new RiskDraft(
                            null,
                            "Fuite de notes de suivi",
                            null,
                            RiskCategory.PRIVACY,
                            4,
                            4,
                            null,
                            Set.of(),
                            null,
                            null,
                            false));
            meeting = governance
                    .schedule(
                            World.caller(World.ADMIN),
                            scene.organisation(),
                            LocalDate.now().plusDays(5),
                            List.of(),
                            Set.of(),
                            null)
                    .meeting();
            review = cycle.proposeAgenda(World.caller(World.ADMIN), scene.organisation(), meeting.id())
                    .added()
                    .get(0);
        }
    }

    private static List<Call> sceneCalls() {
        return IsolationCalls.reviews(
                scene.org(), meeting.id().toString(), review.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(sceneCalls()).as("probes").hasSize(6);
        for (Call call : sceneCalls()) {
            call.answers(404, "not-found");
        }
        for (Call call : IsolationCalls.reviews(
                scene.other().toString(), meeting.id().toString(), review.id().toString())) {
            if (call.path().contains(review.id().toString()) || call.method().equals("POST")) {
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
        assertThat(reads).isEqualTo(4);
        assertThat(refused).isEqualTo(2);
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        for (Call call : sceneCalls()) {
            call.answers(401, "unauthorized");
        }
    }
}
