package org.gouvernail.app.inventory.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.ChecklistBodies;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.inventory.assessment.ChecklistAnswer;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.inventory.assessment.port.in.AssessmentRegister;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation and roles for every assessment endpoint: a member of another organisation gets
 * 404 (existence never revealed), a member without the role gets 403, a request without token
 * gets 401; always as problem+json. The assessment of the scene is rita's (DATA_REFERENT), on a
 * tool touching PERSONAL data, still at version 0.
 */
@QuarkusTest
class AssessmentIsolationTest {

    private static Scene scene;
    private static VendorAssessment assessment;
    private static VendorAssessment otherAssessment;

    @Inject
    World world;

    @Inject
    AssessmentRegister register;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            assessment = register.start(
                    World.caller(World.DATA_REFERENT),
                    scene.organisation(),
                    scene.tool().id(),
                    ChecklistBodies.input(ChecklistAnswer.PARTIAL));
            otherAssessment = register.start(
                    World.caller(World.STRANGER),
                    scene.other(),
                    scene.otherTool().id(),
                    ChecklistBodies.input(ChecklistAnswer.YES));
        }
    }

    private static List<Call> everyAssessmentCall(String org, String tool, String id) {
        return IsolationCalls.assessments(org, tool, id);
    }

    private static List<Call> ours() {
        return everyAssessmentCall(
                scene.org(), scene.tool().id().toString(), assessment.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryAssessmentEndpoint() {
        assertThat(ours()).as("probes").hasSize(7);
        for (Call call : ours()) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsToolsAndAssessmentsAre404EvenUnderOnesOwnOrganisation() {
        List<Call> calls = everyAssessmentCall(
                scene.other().toString(),
                scene.tool().id().toString(),
                assessment.id().toString());
        assertThat(calls).as("probes").hasSize(7);
        for (Call call : calls) {
            call.answers(404, "not-found");
        }
        given().when()
                .get("/api/v1/organisations/" + scene.other() + "/assessments/" + otherAssessment.id())
                .then()
                .statusCode(200);
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsButGets403OnEveryChange() {
        int reads = 0;
        int changes = 0;
        for (Call call : ours()) {
            if (call.reads()) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                reads++;
            } else {
                call.answers(403, "forbidden");
                changes++;
            }
        }
        assertThat(reads).as("reads probed").isEqualTo(2);
        assertThat(changes).as("changes probed").isEqualTo(5);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorWhoIsNotTheAuthorGets403OnEveryChangeToTheAssessment() {
        List<Call> changesToTheAssessment = ours().stream()
                .filter(call -> !call.reads() && call.path().contains("/assessments/"))
                .toList();
        assertThat(changesToTheAssessment).as("probes").hasSize(4);
        for (Call call : changesToTheAssessment) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void onlyTheDataReferentValidatesOrReturnsAnAssessmentOfPersonalData() {
        List<Call> verdicts = ours().stream()
                .filter(call -> call.path().endsWith("/validate") || call.path().endsWith("/return"))
                .toList();
        assertThat(verdicts).as("probes").hasSize(2);
        for (Call call : verdicts) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    void noTokenGets401OnEveryAssessmentEndpoint() {
        List<Call> calls = new ArrayList<>(ours());
        calls.add(new Call("GET", "/api/v1/reference/vendor-checklist", null));
        assertThat(calls).as("probes").hasSize(8);
        for (Call call : calls) {
            call.answers(401, "unauthorized");
        }
    }
}
