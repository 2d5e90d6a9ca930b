package org.gouvernail.app.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.ModuleQuiz;
import org.gouvernail.domain.training.QuizAttemptId;
import org.gouvernail.domain.training.QuizAttemptRecord;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.domain.training.port.out.QuizAttempts;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard of the quiz-attempt listings: a page of the organisation's attempts, and of one's own,
 * costs the same number of SQL statements with one attempt and with 120 (one query per page, no load per
 * attempt).
 */
@QuarkusTest
class QuizAttemptStatementCountTest {

    private static final String OWNER = "quentin";

    @Inject
    World world;

    @Inject
    TrainingProgramme programme;

    @Inject
    Memberships memberships;

    @Inject
    QuizAttempts attempts;

    @Inject
    SessionFactory sessionFactory;

    private String[] organisationWith(int count) {
        OrganisationId organisation = world.association(OWNER);
        Caller owner = World.caller(OWNER);
        TrainingModule draft =
                programme.copyFromCatalogue(owner, organisation, "checking-ai-outputs", null, Optional.empty());
        TrainingModule module = programme.publishModule(owner, organisation, draft.id(), 0);
        MemberId member =
                memberships.findActive(organisation, OWNER).orElseThrow().id();
        ModuleQuiz.Result failed = new ModuleQuiz.Result(0, 100, false, List.of(false, false));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                attempts.add(QuizAttemptRecord.of(
                        new QuizAttemptId(UUID.randomUUID()), module, member, failed, null, Instant.now()));
            }
        });
        String base = "/api/v1/organisations/" + organisation;
        return new String[] {
            base + "/quiz-attempts?limit=100", base + "/training-modules/" + module.id() + "/quiz/attempts?limit=100"
        };
    }

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    @TestSecurity(user = OWNER)
    void aPageOfAttemptsCostsTheSameWithOneAttemptAndWithAHundredAndTwenty() {
        String[] few = organisationWith(1);
        String[] many = organisationWith(120);
        for (int i = 0; i < 2; i++) {
            statements(few[i]);
            statements(many[i]);
            long withOne = statements(few[i]);
            long withMany = statements(many[i]);
            System.out.println("QUIZ-ATTEMPT-STATEMENTS " + few[i] + " with 1 and 120: " + withOne + ", " + withMany);
            assertThat(withMany).as("statements with 1 attempt and with 120").isEqualTo(withOne);
            assertThat(withOne).isLessThanOrEqualTo(6);
        }
        assertThat(given().when().get(many[0]).then().extract().jsonPath().getList("items"))
                .hasSize(100);
    }
}
