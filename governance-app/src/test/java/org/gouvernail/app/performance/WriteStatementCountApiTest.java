package org.gouvernail.app.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard of issue 11, the writers' side: declaring a tool (scripts/benchmark's 32 writers)
 * costs the same statements in one transaction whatever the organisation holds, and no more than its
 * rows need (Hibernate statistics, enabled in the test profile).
 */
@QuarkusTest
class WriteStatementCountApiTest {

    private static final String OWNER = "walter";

    /**
     * The caller's membership with its roles (one query), then the rows of the write: the tool, its one
     * data category, its one team, its audit row and its outbox event.
     */
    private static final long DECLARE_STATEMENTS = 6;

    @Inject
    World world;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Tools tools;

    @Inject
    Memberships memberships;

    private OrganisationId organisationWith(int count) {
        OrganisationId organisation = world.association(OWNER);
        MemberId admin =
                memberships.findActive(organisation, OWNER).orElseThrow().id();
        QuarkusTransaction.requiringNew()
                .run(() -> IntStream.range(0, count)
                        .forEach(i -> tools.add(anAiTool()
                                .withId(new ToolId(UUID.randomUUID()))
                                .of(organisation)
                                .declaredBy(admin)
                                .withDetails(aTool().withData(DataCategory.INTERNAL, DataCategory.PERSONAL)
                                        .usedBy("Accueil", "Communication")
                                        .build())
                                .build())));
        return organisation;
    }

    private record Cost(long statements, long transactions) {}

    /** What one POST …/tools costs, as scripts/benchmark sends it (no Idempotency-Key). */
    private Cost declare(OrganisationId organisation, String name) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().contentType("application/json")
                .body("{\"name\":\"" + name + "\",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\","
                        + "\"dataCategories\":[\"INTERNAL\"],\"teams\":[\"Bench\"]}")
                .when()
                .post("/api/v1/organisations/" + organisation + "/tools")
                .then()
                .statusCode(201);
        return new Cost(statistics.getPrepareStatementCount(), statistics.getTransactionCount());
    }

    @Test
    @TestSecurity(user = OWNER)
    void declaringAToolCostsTheSameStatementsWhateverTheSizeOfTheOrganisation() {
        Map<Integer, Cost> costs = new LinkedHashMap<>();
        for (int size : new int[] {1, 200}) {
            OrganisationId organisation = organisationWith(size);
            declare(organisation, "Premier"); // the first call may warm caches
            costs.put(size, declare(organisation, "Second"));
        }
        assertThat(costs.values().stream().distinct())
                .as("cost of a declaration by number of tools %s", costs)
                .hasSize(1);
        assertThat(costs.get(1).statements())
                .as("statements of a declaration %s", costs)
                .isLessThanOrEqualTo(DECLARE_STATEMENTS);
        assertThat(costs.get(1).transactions())
                .as("transactions of a declaration %s", costs)
                .isLessThanOrEqualTo(1);
    }
}
