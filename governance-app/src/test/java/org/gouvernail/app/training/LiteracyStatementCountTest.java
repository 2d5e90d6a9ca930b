package org.gouvernail.app.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMemberWithoutAccount;
import static org.gouvernail.domain.organisation.MembershipBuilder.aMembership;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.Audience;
import org.gouvernail.domain.training.RequirementLevel;
import org.gouvernail.domain.training.RequirementTerms;
import org.gouvernail.domain.training.RequirementTrigger;
import org.gouvernail.domain.training.TrainingMethod;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;
import org.gouvernail.domain.training.port.in.LiteracyPlanning;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.domain.training.port.out.TrainingRecords;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard of the literacy coverage and of my learning: the same number of SQL statements
 * with one member and with 200 (each with a training record), the standing being computed from a
 * fixed set of reads, never one per member.
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
}
