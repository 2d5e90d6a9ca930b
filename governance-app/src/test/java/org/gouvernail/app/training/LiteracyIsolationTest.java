package org.gouvernail.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.Audience;
import org.gouvernail.domain.training.LiteracyRequirement;
import org.gouvernail.domain.training.RequirementLevel;
import org.gouvernail.domain.training.RequirementTerms;
import org.gouvernail.domain.training.RequirementTrigger;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.port.in.LiteracyPlanning;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the literacy requirements and their coverage: a member of another organisation
 * gets 404 (also for this organisation's module named in their own), a member without the role gets
 * 403 on every change and on the coverage, a request without token gets 401 (my learning too).
 */
@QuarkusTest
class LiteracyIsolationTest {

    private static Scene scene;
    private static TrainingModule module;
    private static LiteracyRequirement requirement;

    @Inject
    World world;

    @Inject
    TrainingProgramme programme;

    @Inject
    LiteracyPlanning planning;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            Caller committee = World.caller(World.COMMITTEE);
            OrganisationId organisation = scene.organisation();
            TrainingModule draft =
                    programme.copyFromCatalogue(committee, organisation, "checking-ai-outputs", null, Optional.empty());
            module = programme.publishModule(committee, organisation, draft.id(), 0);
            requirement = planning.createRequirement(
                    committee,
                    organisation,
                    new RequirementTerms(
                            "Bénévoles",
                            new Audience(Set.of(PersonType.VOLUNTEER), null, null, null, null, null, null),
                            List.of(module.id()),
                            RequirementTrigger.ONBOARDING,
                            30,
                            null,
                            RequirementLevel.MANDATORY,
                            "Art. 4",
                            scene.viewer().id()));
        }
    }

    private static List<Call> calls(String org) {
        return IsolationCalls.literacy(
                org,
                requirement.id().toString(),
                module.id().toString(),
                scene.viewer().id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(calls(scene.org())).as("probes").hasSize(7);
        for (Call call : calls(scene.org())) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsRequirementsAndModulesAre404UnderOnesOwnOrganisation() {
        List<Call> calls = new ArrayList<>();
        for (Call call : calls(scene.other().toString())) {
            if (call.path().contains(requirement.id().toString())
                    || (call.body() != null && call.body().contains(module.id().toString()))) {
                calls.add(call);
            }
        }
        assertThat(calls)
                .as("probes naming this organisation's requirement or module")
                .hasSize(4);
        for (Call call : calls) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsTheRequirementsAndTheCoverageButGets403OnEveryChange() {
        int reads = 0;
        int changes = 0;
        for (Call call : calls(scene.org())) {
            if (call.reads()) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                changes++;
            }
        }
        assertThat(reads).as("reads probed (the printable dossier among them)").isEqualTo(4);
        assertThat(changes).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorReadsTheRequirementsButNotTheCoverageNorTheDossier() {
        new Call("GET", "/api/v1/organisations/" + scene.org() + "/literacy-requirements", null)
                .spec()
                .when()
                .get("/api/v1/organisations/" + scene.org() + "/literacy-requirements")
                .then()
                .statusCode(200);
        new Call("GET", "/api/v1/organisations/" + scene.org() + "/literacy-coverage", null).answers(403, "forbidden");
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        List<Call> calls = new ArrayList<>(calls(scene.org()));
        calls.add(new Call("GET", "/api/v1/me/learning", null));
        for (Call call : calls) {
            call.answers(401, "unauthorized");
        }
    }
}
