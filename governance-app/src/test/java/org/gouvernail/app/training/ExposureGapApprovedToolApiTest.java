package org.gouvernail.app.training;

import static io.restassured.RestAssured.given;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMemberWithoutAccount;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/**
 * The exposure gap names exactly the right people once a tool handling personal data is approved for a
 * team: its users without valid data-protection and checking training (a volunteer without an account among
 * them), not its trained user, not the user of an approved tool that handles no personal data.
 */
@QuarkusTest
@TestSecurity(user = World.COMMITTEE)
class ExposureGapApprovedToolApiTest {

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    Memberships memberships;

    @Inject
    Tools tools;

    private Membership volunteer(OrganisationId organisation, String name) {
        return organisations.addMember(
                World.caller(World.COMMITTEE),
                organisation,
                aMemberWithoutAccount().named(name).as(PersonType.VOLUNTEER).build());
    }

    private static void use(String org, Membership person, ToolId tool) {
        given().contentType("application/json")
                .body("{\"memberId\":\"" + person.id() + "\",\"toolId\":\"" + tool + "\"}")
                .when()
                .post(TrainingApiTest.base(org) + "/tool-uses")
                .then()
                .statusCode(201);
    }

    private static void trained(String org, Membership person, String module) {
        given().contentType("application/json")
                .body("{\"memberId\":\"" + person.id() + "\",\"moduleId\":\"" + module + "\",\"completedOn\":\""
                        + LocalDate.now(ZoneOffset.UTC) + "\",\"method\":\"BRIEFING\"}")
                .when()
                .post(TrainingApiTest.base(org) + "/training-records")
                .then()
                .statusCode(201);
    }

    @Test
    void theGapNamesTheUntrainedUsersOfTheToolApprovedForTheTeam() {
        OrganisationId organisation = world.association(World.COMMITTEE);
        String org = organisation.toString();
        Membership anne = volunteer(organisation, "Anne Leroy");
        Membership bruno = volunteer(organisation, "Bruno Claes");
        Membership chloe = volunteer(organisation, "Chloé Martin");
        Membership admin = memberships.findActive(organisation, World.COMMITTEE).orElseThrow();
        AiTool transcriber = anAiTool()
                .withId(new ToolId(UUID.randomUUID()))
                .of(organisation)
                .withDetails(aTool().named("Transcripteur d'entretiens")
                        .withData(DataCategory.PERSONAL)
                        .usedBy("Accueil")
                        .build())
                .declaredBy(admin.id())
                .in(ToolStatus.APPROVED)
                .build();
        AiTool translator = anAiTool()
                .withId(new ToolId(UUID.randomUUID()))
                .of(organisation)
                .withDetails(aTool().named("Traducteur de nos affiches")
                        .withData(DataCategory.PUBLIC)
                        .usedBy("Accueil")
                        .build())
                .declaredBy(admin.id())
                .in(ToolStatus.APPROVED)
                .build();
        QuarkusTransaction.requiringNew().run(() -> {
            tools.add(transcriber);
            tools.add(translator);
        });
        String dataProtection = TrainingApiTest.activeModule(org, "beneficiary-data-stays-out", "IA-103");
        String checking = TrainingApiTest.activeModule(org, "checking-ai-outputs", "IA-102");
        use(org, anne, transcriber.id());
        use(org, bruno, transcriber.id());
        use(org, chloe, translator.id());
        trained(org, bruno, dataProtection);
        trained(org, bruno, checking);
        trained(org, anne, checking);

        given().when()
                .get(TrainingApiTest.base(org) + "/training-exposure-gap")
                .then()
                .statusCode(200)
                .body("people.memberId", equalTo(List.of(anne.id().toString())))
                .body("people[0].name", equalTo("Anne Leroy"))
                .body("people[0].tools", equalTo(List.of(transcriber.id().toString())))
                .body("people[0].missing", containsInAnyOrder("DATA_PROTECTION"));
    }
}
