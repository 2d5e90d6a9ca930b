package org.gouvernail.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.usecase.NewUseCaseBuilder.fromCatalogue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.port.in.UseCasePortfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of every use-case endpoint: a member of another organisation gets 404, a member
 * without the role gets 403, a request without token gets 401; always as problem+json.
 */
@QuarkusTest
class UseCaseIsolationTest {

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

    private static List<Call> everyUseCaseCall(String org, String id) {
        return IsolationCalls.useCases(org, id);
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(everyUseCaseCall(scene.org(), useCase.id().toString()))
                .as("probes")
                .hasSize(12);
        for (Call call : everyUseCaseCall(scene.org(), useCase.id().toString())) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsUseCaseIs404EvenUnderOnesOwnOrganisation() {
        List<Call> namingTheUseCase = everyUseCaseCall(
                        scene.other().toString(), useCase.id().toString())
                .stream()
                .filter(call ->
                        !call.path().endsWith("/use-cases") && !call.path().endsWith("/matrix"))
                .toList();
        assertThat(namingTheUseCase).as("probes").hasSize(9);
        for (Call call : namingTheUseCase) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsButGets403OnEveryChange() {
        int reads = 0;
        int changes = 0;
        for (Call call : everyUseCaseCall(scene.org(), useCase.id().toString())) {
            if (call.method().equals("GET")) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                changes++;
            }
        }
        assertThat(reads).as("reads probed").isEqualTo(3);
        assertThat(changes).as("changes probed").isEqualTo(9);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorWhoDoesNotOwnTheUseCaseGets403OnEveryChangeToIt() {
        List<Call> changesToTheUseCase = everyUseCaseCall(
                        scene.org(), useCase.id().toString())
                .stream()
                .filter(call -> !call.method().equals("GET") && !call.path().endsWith("/use-cases"))
                .toList();
        assertThat(changesToTheUseCase).as("probes").hasSize(8);
        for (Call call : changesToTheUseCase) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theDataReferentGets403OnThePilotAndRetirementWhichAreTheCommittees() {
        String base = "/api/v1/organisations/" + scene.org() + "/use-cases/" + useCase.id();
        for (String action : List.of("/start-pilot", "/put-in-use", "/retire")) {
            new Call("POST", base + action, null).answers(403, "forbidden");
        }
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        List<Call> calls =
                new ArrayList<>(everyUseCaseCall(scene.org(), useCase.id().toString()));
        calls.add(new Call("GET", "/api/v1/reference/use-case-catalogue", null));
        assertThat(calls).as("probes").hasSize(13);
        for (Call call : calls) {
            call.answers(401, "unauthorized");
        }
    }
}
