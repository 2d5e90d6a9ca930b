package org.gouvernail.app.training;

import static io.restassured.RestAssured.given;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMemberWithoutAccount;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.training.Evidence;
import org.gouvernail.domain.training.EvidenceKind;
import org.gouvernail.domain.training.TrainingMethod;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;
import org.gouvernail.domain.training.TrainingSessionId;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.domain.training.port.out.TrainingRecords;
import org.junit.jupiter.api.Test;

/**
 * Closing a session writes its records atomically: when writing the second person's record fails (here a
 * record of that person for that session already exists, a unique key), the session stays HELD and the first
 * person gets no record either; once the obstacle is gone, the close succeeds.
 */
@QuarkusTest
@TestSecurity(user = World.COMMITTEE)
class SessionCloseAtomicityApiTest {

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    TrainingProgramme programme;

    @Inject
    TrainingRecords records;

    @Test
    void aFailingRecordLeavesTheSessionHeldAndWritesNoRecordAtAll() {
        Scene scene = world.scene();
        String base = TrainingApiTest.base(scene.org());
        Membership volunteer = organisations.addMember(
                World.caller(World.ADMIN),
                scene.organisation(),
                aMemberWithoutAccount()
                        .named("Marc Dupont")
                        .as(PersonType.VOLUNTEER)
                        .build());
        String moduleId = TrainingApiTest.activeModule(scene.org(), "ai-and-work", "IA-107");
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        String sessionId = TrainingApiTest.session(scene.org(), moduleId, day);
        String session = base + "/training-sessions/" + sessionId;
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"marks\":[{\"memberId\":\"" + volunteer.id() + "\",\"status\":\"PRESENT\"},"
                        + "{\"memberId\":\"" + scene.viewer().id() + "\",\"status\":\"PRESENT\"}]}")
                .when()
                .post(session + "/attendance")
                .then()
                .statusCode(200)
                .body("present", equalTo(2));
        given().header("If-Match", "\"1\"")
                .when()
                .post(session + "/hold")
                .then()
                .statusCode(200);

        TrainingModule module = programme.module(
                World.caller(World.COMMITTEE), scene.organisation(), new TrainingModuleId(UUID.fromString(moduleId)));
        TrainingRecord obstacle = TrainingRecord.of(
                new TrainingRecordId(UUID.randomUUID()),
                module,
                scene.viewer().id(),
                day,
                TrainingMethod.SESSION,
                new Evidence(EvidenceKind.ATTENDANCE_SHEET, "déjà saisi"),
                new TrainingSessionId(UUID.fromString(sessionId)),
                scene.viewer().id(),
                Instant.now());
        QuarkusTransaction.requiringNew().run(() -> records.add(obstacle));

        given().header("If-Match", "\"2\"")
                .when()
                .post(session + "/close")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().when().get(session).then().statusCode(200).body("status", equalTo("HELD"));
        given().queryParam("memberId", volunteer.id().toString())
                .when()
                .get(base + "/training-records")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().queryParam("moduleId", moduleId)
                .when()
                .get(base + "/training-records")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(obstacle.id().toString()));
    }
}
