package org.gouvernail.app.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.readiness.ProfileFacts;
import org.gouvernail.domain.readiness.ReadinessCampaign;
import org.gouvernail.domain.readiness.RespondentGroup;
import org.gouvernail.domain.readiness.port.in.ReadinessAssessment;
import org.gouvernail.domain.readiness.port.in.ReadinessAssessment.NewCampaign;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of readiness, for every endpoint: a member of another organisation gets 404, also
 * for this organisation's campaign named under their own; a contributor reads the campaigns, the
 * profile, practices, roadmap and journey and answers for themself, but gets 403 on the results and on
 * every governing change; a request without token gets 401.
 */
@QuarkusTest
class ReadinessIsolationTest {

    private static Scene scene;
    private static ReadinessCampaign campaign;

    @Inject
    World world;

    @Inject
    ReadinessAssessment assessment;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            campaign = assessment.openCampaign(
                    World.caller(World.COMMITTEE),
                    scene.organisation(),
                    new NewCampaign("Campagne", EnumSet.of(RespondentGroup.STAFF), false));
            assessment.setProfile(
                    World.caller(World.ADMIN),
                    scene.organisation(),
                    Optional.empty(),
                    new ProfileFacts(5, 30, true, false, 1, false),
                    null,
                    null);
        }
    }

    private static List<Call> sceneCalls() {
        return IsolationCalls.readiness(scene.org(), campaign.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(sceneCalls()).as("probes").hasSize(15);
        for (Call call : sceneCalls()) {
            call.answers(404, "not-found");
        }
        for (Call call :
                IsolationCalls.readiness(scene.other().toString(), campaign.id().toString())) {
            if (call.path().contains(campaign.id().toString())) {
                call.answers(404, "not-found");
            }
        }
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorAnswersForThemselfButReadsNoResultsAndGovernsNothing() {
        int allowed = 0;
        int refused = 0;
        for (Call call : sceneCalls()) {
            boolean own = call.path().endsWith("/my-response");
            if (call.path().endsWith("/results") || (!call.reads() && !own)) {
                call.answers(403, "forbidden");
                refused++;
            } else if (own && !call.reads()) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                allowed++;
            }
        }
        for (Call call : sceneCalls()) {
            if (call.reads() && !call.path().endsWith("/results")) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(8);
        assertThat(refused).isEqualTo(7);
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        for (Call call : sceneCalls()) {
            call.answers(401, "unauthorized");
        }
    }
}
