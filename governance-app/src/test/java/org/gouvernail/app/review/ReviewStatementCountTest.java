package org.gouvernail.app.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.review.port.in.ReviewCycle;
import org.gouvernail.domain.risk.RiskCategory;
import org.gouvernail.domain.risk.RiskDraft;
import org.gouvernail.domain.risk.port.in.RiskRegister;
import org.gouvernail.domain.shared.OrganisationId;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard: what is due and the ledger cost the same number of statements with one due
 * subject and with forty (the due rules are one statement each, the ledger one page).
 */
@QuarkusTest
@TestSecurity(user = ReviewStatementCountTest.OWNER)
class ReviewStatementCountTest {

    static final String OWNER = "rosalind";

    @Inject
    World world;

    @Inject
    RiskRegister register;

    @Inject
    CommitteeGovernance governance;

    @Inject
    ReviewCycle cycle;

    @Inject
    SessionFactory sessionFactory;

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        given().when().get(path).then().statusCode(200);
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    /** An organisation with {@code risks} HIGH risks, all proposed for a coming meeting. */
    private String organisationWith(int risks) {
        OrganisationId organisation = world.association(OWNER);
        for (int i = 0; i < risks; i++) {
            register.raise(
                    World.caller(OWNER),
                    organisation,
                    new RiskDraft(
                            null, "Risque " + i, null, RiskCategory.PRIVACY, 4, 4, null, Set.of(), null, null, false));
        }
        Meeting meeting = governance
                .schedule(World.caller(OWNER), organisation, LocalDate.now().plusDays(3), List.of(), Set.of(), null)
                .meeting();
        assertThat(cycle.proposeAgenda(World.caller(OWNER), organisation, meeting.id())
                        .added())
                .hasSize(risks);
        return "/api/v1/organisations/" + organisation + "/reviews";
    }

    @Test
    void dueAndLedgerCostTheSameWithOneSubjectAndWithForty() {
        String one = organisationWith(1);
        String forty = organisationWith(40);
        assertThat(statements(forty + "/due?until=" + LocalDate.now().plusDays(3)))
                .isEqualTo(statements(one + "/due?until=" + LocalDate.now().plusDays(3)));
        assertThat(statements(forty + "/ledger?limit=200")).isEqualTo(statements(one + "/ledger?limit=200"));
        assertThat(statements(forty + "/due")).isLessThanOrEqualTo(14);
    }
}
