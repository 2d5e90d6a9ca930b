package org.gouvernail.app;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.usecase.NewUseCase;
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
            useCase = portfolio.propose(World.caller(World.COMMITTEE), scene.organisation(),
                    new NewUseCase(Optional.of("translation"), null, null, null, null, null, null, null, null, null, null, null));
        }
    }

    private static final String AI_ACT = "{\"prohibitedPractices\":[],\"annexIiiAreas\":[],\"article63Exceptions\":[],"
            + "\"profilesNaturalPersons\":false,\"transparencyDuties\":[],\"operatorRole\":\"DEPLOYER\"}";
    private static final String DPIA = "{\"requiredCases\":[],\"criteria\":[\"C8\"]}";

    private static List<Call> everyUseCaseCall(String org, String id) {
        String base = "/api/v1/organisations/" + org + "/use-cases";
        return List.of(
                new Call("GET", base, null),
                new Call("POST", base, "{\"fromCatalogue\":\"translation\"}"),
                new Call("GET", base + "/matrix", null),
                new Call("GET", base + "/" + id, null),
                new Call("PATCH", base + "/" + id, "{\"team\":\"Accueil\"}"),
                new Call("DELETE", base + "/" + id, null),
                new Call("POST", base + "/" + id + "/submit", null),
                new Call("POST", base + "/" + id + "/start-pilot", null),
                new Call("POST", base + "/" + id + "/put-in-use", null),
                new Call("POST", base + "/" + id + "/retire", null),
                new Call("PUT", base + "/" + id + "/ai-act-profile", AI_ACT),
                new Call("PUT", base + "/" + id + "/dpia-screening", DPIA));
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        for (Call call : everyUseCaseCall(scene.org(), useCase.id().toString())) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsUseCaseIs404EvenUnderOnesOwnOrganisation() {
        for (Call call : everyUseCaseCall(scene.other().toString(), useCase.id().toString())) {
            if (call.path().endsWith("/use-cases") || call.path().endsWith("/matrix")) {
                continue;
            }
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsButGets403OnEveryChange() {
        for (Call call : everyUseCaseCall(scene.org(), useCase.id().toString())) {
            if (call.method().equals("GET")) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
            } else {
                call.answers(403, "forbidden");
            }
        }
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorWhoDoesNotOwnTheUseCaseGets403OnEveryChangeToIt() {
        for (Call call : everyUseCaseCall(scene.org(), useCase.id().toString())) {
            if (call.method().equals("GET") || call.path().endsWith("/use-cases")) {
                continue;
            }
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
        List<Call> calls = new ArrayList<>(everyUseCaseCall(scene.org(), useCase.id().toString()));
        calls.add(new Call("GET", "/api/v1/reference/use-case-catalogue", null));
        for (Call call : calls) {
            call.answers(401, "unauthorized");
        }
    }
}
