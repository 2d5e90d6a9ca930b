package org.gouvernail.app;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.gouvernail.app.support.ChecklistBodies;
import org.gouvernail.app.support.Call;
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
            assessment = register.start(World.caller(World.DATA_REFERENT), scene.organisation(), scene.tool().id(),
                    ChecklistBodies.input(ChecklistAnswer.PARTIAL));
            otherAssessment = register.start(World.caller(World.STRANGER), scene.other(), scene.otherTool().id(),
                    ChecklistBodies.input(ChecklistAnswer.YES));
        }
    }

    private static List<Call> everyAssessmentCall(String org, String tool, String id) {
        String base = "/api/v1/organisations/" + org;
        return List.of(
                new Call("POST", base + "/tools/" + tool + "/assessments", ChecklistBodies.allYes()),
                new Call("GET", base + "/tools/" + tool + "/assessments", null),
                new Call("GET", base + "/assessments/" + id, null),
                new Call("PATCH", base + "/assessments/" + id, "{\"context\":{\"criticalProcess\":true}}"),
                new Call("POST", base + "/assessments/" + id + "/submit", null),
                new Call("POST", base + "/assessments/" + id + "/validate", null),
                new Call("POST", base + "/assessments/" + id + "/return", "{\"comment\":\"À revoir\"}"));
    }

    private static List<Call> ours() {
        return everyAssessmentCall(scene.org(), scene.tool().id().toString(), assessment.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryAssessmentEndpoint() {
        for (Call call : ours()) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void anotherOrganisationsToolsAndAssessmentsAre404EvenUnderOnesOwnOrganisation() {
        for (Call call : everyAssessmentCall(scene.other().toString(), scene.tool().id().toString(), assessment.id().toString())) {
            call.answers(404, "not-found");
        }
        given().when().get("/api/v1/organisations/" + scene.other() + "/assessments/" + otherAssessment.id()).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsButGets403OnEveryChange() {
        for (Call call : ours()) {
            if (call.reads()) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
            } else {
                call.answers(403, "forbidden");
            }
        }
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorWhoIsNotTheAuthorGets403OnEveryChangeToTheAssessment() {
        for (Call call : ours()) {
            if (!call.reads() && call.path().contains("/assessments/")) {
                call.answers(403, "forbidden");
            }
        }
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void onlyTheDataReferentValidatesOrReturnsAnAssessmentOfPersonalData() {
        for (Call call : ours()) {
            if (call.path().endsWith("/validate") || call.path().endsWith("/return")) {
                call.answers(403, "forbidden");
            }
        }
    }

    @Test
    void noTokenGets401OnEveryAssessmentEndpoint() {
        List<Call> calls = new ArrayList<>(ours());
        calls.add(new Call("GET", "/api/v1/reference/vendor-checklist", null));
        for (Call call : calls) {
            call.answers(401, "unauthorized");
        }
    }
}
