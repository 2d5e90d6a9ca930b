package org.gouvernail.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.usecase.NewUseCaseBuilder.fromCatalogue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.port.in.UseCasePortfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Isolation of the values check and the footprint: another organisation's member gets 404, a viewer 403 on changes. */
@QuarkusTest
class ValuesIsolationTest {

    private static Scene scene;
    private static UseCase useCase;

    @Inject
    World world;

    @Inject
    UseCasePortfolio portfolio;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            useCase = portfolio.propose(
                    World.caller(World.COMMITTEE),
                    scene.organisation(),
                    fromCatalogue("translation").build());
        }
    }

    private static List<Call> calls(String org) {
        return IsolationCalls.valuesAndFootprint(org, useCase.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(calls(scene.org())).as("probes").hasSize(5);
        for (Call call : calls(scene.org())) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsUseCaseIs404EvenUnderOnesOwnOrganisation() {
        List<Call> namingTheUseCase = calls(scene.other().toString()).stream()
                .filter(call -> call.path().contains("/use-cases/"))
                .toList();
        assertThat(namingTheUseCase).as("probes").hasSize(4);
        for (Call call : namingTheUseCase) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsButGets403OnEveryChange() {
        int reads = 0;
        int changes = 0;
        for (Call call : calls(scene.org())) {
            if (call.method().equals("GET")) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                changes++;
            }
        }
        assertThat(reads).isEqualTo(3);
        assertThat(changes).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorWhoDoesNotOwnTheUseCaseGets403OnItsCheckAndFootprint() {
        for (Call call : calls(scene.org())) {
            if (!call.method().equals("GET")) {
                call.answers(403, "forbidden");
            }
        }
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        for (Call call : calls(scene.org())) {
            call.answers(401, "unauthorized");
        }
        new Call("GET", "/api/v1/reference/values-check", null).answers(401, "unauthorized");
        new Call("GET", "/api/v1/reference/footprint-method", null).answers(401, "unauthorized");
    }
}
