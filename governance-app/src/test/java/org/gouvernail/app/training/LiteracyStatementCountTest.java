package org.gouvernail.app.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMemberWithoutAccount;
import static org.gouvernail.domain.organisation.MembershipBuilder.aMembership;
import static org.gouvernail.domain.usecase.UseCaseDetailsBuilder.aUseCase;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.Audience;
import org.gouvernail.domain.training.LiteracyStanding;
import org.gouvernail.domain.training.RequirementLevel;
import org.gouvernail.domain.training.RequirementTerms;
import org.gouvernail.domain.training.RequirementTrigger;
import org.gouvernail.domain.training.ToolUse;
import org.gouvernail.domain.training.ToolUseId;
import org.gouvernail.domain.training.ToolUseSource;
import org.gouvernail.domain.training.TrainingMethod;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;
import org.gouvernail.domain.training.port.in.LiteracyPlanning;
import org.gouvernail.domain.training.port.in.LiteracyPlanning.Learning;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.domain.training.port.out.ToolUses;
import org.gouvernail.domain.training.port.out.TrainingRecords;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.port.out.UseCases;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard of the literacy coverage and of my learning: the same number of SQL statements
 * with one member and with 200 (each with a training record), the standing being computed from a
 * fixed set of reads, never one per member; a person's learning and to-do list the same with one
 * organisation and with 200, each with a requirement, tool uses and records (IN-list queries over
 * all their organisations), and only the tools they use are read, whatever the size of the inventory.
 */
@QuarkusTest
class LiteracyStatementCountTest {

    private static final String OWNER = "lena";

    @Inject
    World world;

    @Inject
    Memberships memberships;

    @Inject
    TrainingProgramme programme;

    @Inject
    LiteracyPlanning planning;

    @Inject
    TrainingRecords records;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Tools tools;

    @Inject
    ToolUses toolUses;

    @Inject
    UseCases useCases;

    @Inject
    LiteracyPlanningService service;

    /** The Hibernate entity of the tools (adapters-persistence), whose loads are counted. */
    private static final String TOOL_ENTITY = "org.gouvernail.persistence.inventory.ToolEntity";

    /** An organisation of OWNER with a requirement for everyone and {@code people} volunteers without account, each trained. */
    private OrganisationId organisationWith(int people) {
        OrganisationId organisation = world.association(OWNER);
        Caller owner = World.caller(OWNER);
        TrainingModule draft =
                programme.copyFromCatalogue(owner, organisation, "checking-ai-outputs", null, Optional.empty());
        TrainingModule module = programme.publishModule(owner, organisation, draft.id(), 0);
        MemberId admin =
                memberships.findActive(organisation, OWNER).orElseThrow().id();
        planning.createRequirement(
                owner,
                organisation,
                new RequirementTerms(
                        "Tout le monde",
                        Audience.everyone(),
                        List.of(module.id()),
                        RequirementTrigger.ONBOARDING,
                        30,
                        12,
                        RequirementLevel.MANDATORY,
                        "Art. 4",
                        admin));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < people; i++) {
                Membership volunteer = aMembership()
                        .withId(new MemberId(UUID.randomUUID()))
                        .of(organisation)
                        .withDetails(aMemberWithoutAccount()
                                .named("Bénévole " + i)
                                .as(PersonType.VOLUNTEER)
                                .build())
                        .build();
                memberships.add(volunteer);
                records.add(TrainingRecord.of(
                        new TrainingRecordId(UUID.randomUUID()),
                        module,
                        volunteer.id(),
                        LocalDate.now(ZoneOffset.UTC),
                        TrainingMethod.BRIEFING,
                        null,
                        null,
                        admin,
                        Instant.now()));
            }
        });
        return organisation;
    }

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    @TestSecurity(user = OWNER)
    void theCoverageCostsTheSameWithOneMemberAndWithTwoHundred() {
        String few = "/api/v1/organisations/" + organisationWith(1) + "/literacy-coverage";
        String many = "/api/v1/organisations/" + organisationWith(200) + "/literacy-coverage";
        statements(few);
        statements(many);
        long withOne = statements(few);
        long withTwoHundred = statements(many);

        System.out.println("LITERACY-STATEMENTS coverage with 1 and 200 members: " + withOne + ", " + withTwoHundred);
        assertThat(withTwoHundred).as("statements with 1 member and with 200").isEqualTo(withOne);
        assertThat(given().when().get(many).then().extract().jsonPath().getInt("requirements[0].covered"))
                .isEqualTo(200);
        assertThat(withOne).isLessThanOrEqualTo(15);
        long mine = statements("/api/v1/me/learning");
        assertThat(mine).as("my learning in the two organisations").isLessThanOrEqualTo(2 + 2 * 12);
    }

    /**
     * An organisation of {@code subject} with a MANDATORY requirement for everyone, {@code inventory}
     * tools of which the subject uses two, and a record of theirs of the required module.
     */
    private OrganisationId organisationOf(String subject, int inventory) {
        OrganisationId organisation = world.association(subject);
        Caller caller = World.caller(subject);
        TrainingModule draft =
                programme.copyFromCatalogue(caller, organisation, "checking-ai-outputs", null, Optional.empty());
        TrainingModule module = programme.publishModule(caller, organisation, draft.id(), 0);
        MemberId member =
                memberships.findActive(organisation, subject).orElseThrow().id();
        planning.createRequirement(
                caller,
                organisation,
                new RequirementTerms(
                        "Tout le monde",
                        Audience.everyone(),
                        List.of(module.id()),
                        RequirementTrigger.ONBOARDING,
                        30,
                        12,
                        RequirementLevel.MANDATORY,
                        "Art. 4",
                        member));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < inventory; i++) {
                AiTool tool = anAiTool()
                        .withId(new ToolId(UUID.randomUUID()))
                        .of(organisation)
                        .declaredBy(member)
                        .build();
                tools.add(tool);
                if (i < 2) {
                    toolUses.add(new ToolUse(
                            new ToolUseId(UUID.randomUUID()),
                            organisation,
                            member,
                            tool.id(),
                            ToolUseSource.SELF_DECLARED,
                            member,
                            Instant.now()));
                }
            }
            records.add(TrainingRecord.of(
                    new TrainingRecordId(UUID.randomUUID()),
                    module,
                    member,
                    LocalDate.now(ZoneOffset.UTC).minusYears(2),
                    TrainingMethod.BRIEFING,
                    null,
                    null,
                    member,
                    Instant.now()));
        });
        return organisation;
    }

    private long toolsLoaded(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getEntityStatistics(TOOL_ENTITY).getLoadCount();
    }

    @Test
    @TestSecurity(user = "lior")
    void myLearningAndToDoCostTheSameInOneOrganisationWithRequirementsAndInTwoHundred() {
        organisationOf("lior", 3);
        statements("/api/v1/me/learning");
        statements("/api/v1/me/todo");
        long learningInOne = statements("/api/v1/me/learning");
        long todoInOne = statements("/api/v1/me/todo");
        assertThat(given().when()
                        .get("/api/v1/me/todo?until="
                                + LocalDate.now(ZoneOffset.UTC).plusDays(90))
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items.findAll { it.kind == 'literacy-requirement.follow' }"))
                .as("the lapsed record makes the module due again")
                .isNotEmpty();
        for (int i = 1; i < 200; i++) {
            organisationOf("lior", 3);
        }
        long learningInTwoHundred = statements("/api/v1/me/learning");
        long todoInTwoHundred = statements("/api/v1/me/todo");

        System.out.println("LITERACY-STATEMENTS /me/learning in 1 and 200 organisations with requirements: "
                + learningInOne + ", " + learningInTwoHundred + "; /me/todo: " + todoInOne + ", "
                + todoInTwoHundred);
        assertThat(learningInTwoHundred)
                .as("my learning in 1 organisation and in 200")
                .isEqualTo(learningInOne);
        assertThat(todoInTwoHundred)
                .as("my to-do list in 1 organisation and in 200")
                .isEqualTo(todoInOne);
        List<Integer> obligations = given().when()
                .get("/api/v1/me/learning")
                .then()
                .extract()
                .jsonPath()
                .getList("organisations.collect { it.items.size() }", Integer.class);
        assertThat(obligations)
                .as("one obligation in each organisation")
                .hasSize(200)
                .containsOnly(1);
        assertThat(toolsLoaded("/api/v1/me/learning"))
                .as("the 400 tools used, not the 600 of the inventories")
                .isEqualTo(400);
    }

    @Test
    @TestSecurity(user = "lise")
    void onlyTheToolsInUseAreReadWhateverTheSizeOfTheInventory() {
        OrganisationId small = organisationOf("lise", 3);
        statements("/api/v1/me/learning");
        long learningWithThree = statements("/api/v1/me/learning");
        long coverageWithThree = statements("/api/v1/organisations/" + small + "/literacy-coverage");
        OrganisationId large = organisationOf("lise", 300);
        long learningWithThreeHundredMore = statements("/api/v1/me/learning");
        long coverageWithThreeHundred = statements("/api/v1/organisations/" + large + "/literacy-coverage");

        System.out.println(
                "LITERACY-STATEMENTS /me/learning with inventories of 3 and 3+300 tools: " + learningWithThree
                        + ", " + learningWithThreeHundredMore + "; coverage with 3 and 300 tools: " + coverageWithThree
                        + ", " + coverageWithThreeHundred);
        assertThat(learningWithThreeHundredMore).isEqualTo(learningWithThree);
        assertThat(coverageWithThreeHundred).isEqualTo(coverageWithThree);
        assertThat(toolsLoaded("/api/v1/me/learning"))
                .as("the two tools used in each organisation")
                .isEqualTo(4);
        assertThat(toolsLoaded("/api/v1/organisations/" + large + "/literacy-coverage"))
                .as("the two tools in use, not the 300 of the inventory")
                .isEqualTo(2);
    }

    /**
     * The reads over all the organisations keep the audience by use case and the TOOL_ACCESS trigger:
     * the person using the approved tool of the use case is asked, the one using another tool is not,
     * in their own learning and in the organisation's obligations alike.
     */
    @Test
    void theAudienceOfAUseCaseAndTheToolAccessTriggerAreKept() {
        String subject = "lola";
        OrganisationId organisation = world.association(subject);
        Caller caller = World.caller(subject);
        TrainingModule draft =
                programme.copyFromCatalogue(caller, organisation, "checking-ai-outputs", null, Optional.empty());
        TrainingModule module = programme.publishModule(caller, organisation, draft.id(), 0);
        Membership admin = memberships.findActive(organisation, subject).orElseThrow();
        Membership volunteer = aMembership()
                .withId(new MemberId(UUID.randomUUID()))
                .of(organisation)
                .withDetails(aMemberWithoutAccount()
                        .named("Bénévole")
                        .as(PersonType.VOLUNTEER)
                        .build())
                .build();
        AiTool linked = anAiTool()
                .withId(new ToolId(UUID.randomUUID()))
                .of(organisation)
                .declaredBy(admin.id())
                .in(ToolStatus.APPROVED)
                .build();
        AiTool other = anAiTool()
                .withId(new ToolId(UUID.randomUUID()))
                .of(organisation)
                .declaredBy(admin.id())
                .in(ToolStatus.APPROVED)
                .build();
        UseCaseId useCase = new UseCaseId(UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> {
            memberships.add(volunteer);
            tools.add(linked);
            tools.add(other);
            useCases.add(UseCase.propose(
                    useCase,
                    organisation,
                    aUseCase()
                            .withTools(Set.of(linked.id()))
                            .ownedBy(admin.id())
                            .build(),
                    null,
                    admin.id(),
                    Instant.now()));
            toolUses.add(new ToolUse(
                    new ToolUseId(UUID.randomUUID()),
                    organisation,
                    volunteer.id(),
                    linked.id(),
                    ToolUseSource.RECORDED_BY_COORDINATOR,
                    admin.id(),
                    Instant.now()));
            toolUses.add(new ToolUse(
                    new ToolUseId(UUID.randomUUID()),
                    organisation,
                    admin.id(),
                    other.id(),
                    ToolUseSource.SELF_DECLARED,
                    admin.id(),
                    Instant.now()));
        });
        planning.createRequirement(
                caller,
                organisation,
                new RequirementTerms(
                        "Utilisateurs du cas d'usage",
                        new Audience(null, null, null, null, null, Set.of(useCase), null),
                        List.of(module.id()),
                        RequirementTrigger.TOOL_ACCESS,
                        30,
                        null,
                        RequirementLevel.MANDATORY,
                        "Art. 4",
                        admin.id()));

        List<Learning> learning = QuarkusTransaction.requiringNew()
                .call(() -> service.learning(List.of(admin, volunteer), LiteracyPlanningService.MAX));
        Learning everyone = QuarkusTransaction.requiringNew()
                .call(() -> service.obligationsIn(organisation))
                .orElseThrow();

        assertThat(learning).hasSize(2);
        assertThat(learning.stream().filter(l -> l.memberId().equals(admin.id())))
                .singleElement()
                .satisfies(l -> assertThat(l.obligations()).isEmpty());
        assertThat(learning.stream().filter(l -> l.memberId().equals(volunteer.id())))
                .singleElement()
                .satisfies(l -> assertThat(l.obligations())
                        .singleElement()
                        .satisfies(o -> assertThat(o.state()).isEqualTo(LiteracyStanding.State.DUE)));
        assertThat(everyone.obligations())
                .singleElement()
                .satisfies(o -> assertThat(o.memberId()).isEqualTo(volunteer.id()));
    }
}
