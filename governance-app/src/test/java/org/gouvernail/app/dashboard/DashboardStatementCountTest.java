package org.gouvernail.app.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.risk.RiskBuilder.aStoredRisk;
import static org.gouvernail.domain.risk.RiskDetailsBuilder.aRisk;
import static org.gouvernail.domain.usecase.UseCaseDetailsBuilder.aUseCase;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseBuilder;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.port.out.UseCases;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard of the dashboard: the same number of SQL statements for an organisation with one
 * row in each register and for one with 300 tools, 300 risks (each with a review due) and 300 use
 * cases: aggregate queries only, never a query per row.
 */
@QuarkusTest
class DashboardStatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    World world;

    @Inject
    Memberships memberships;

    @Inject
    Tools tools;

    @Inject
    Risks risks;

    @Inject
    UseCases useCases;

    @Inject
    @Any
    Instance<DueItemSource> sources;

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private void fill(OrganisationId organisation, MemberId member, int size) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < size; i++) {
                tools.add(anAiTool()
                        .withId(new ToolId(UUID.randomUUID()))
                        .of(organisation)
                        .in(i % 2 == 0 ? ToolStatus.APPROVED : ToolStatus.DECLARED)
                        .declaredBy(member)
                        .declaredAt(Instant.now())
                        .build());
                risks.add(aStoredRisk()
                        .withId(new RiskId(UUID.randomUUID()))
                        .of(organisation)
                        .withDetails(aRisk().rated(1 + i % 5, 1 + (i / 5) % 5)
                                .ownedBy(member)
                                .reviewedOn(LocalDate.now().plusDays(1 + i % 20))
                                .build())
                        .raisedBy(member)
                        .build());
                UseCase proposed = UseCase.propose(
                        new UseCaseId(UUID.randomUUID()),
                        organisation,
                        aUseCase().ownedBy(member).build(),
                        null,
                        member,
                        Instant.now());
                useCases.add(UseCaseBuilder.from(proposed)
                        .in(UseCaseStatus.values()[i % UseCaseStatus.values().length])
                        .build());
            }
        });
    }

    @Test
    @TestSecurity(user = "dana")
    void theDashboardCostsTheSameForASmallAndALargeOrganisation() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (int size : new int[] {1, 300}) {
            OrganisationId organisation = world.association("dana");
            MemberId dana =
                    memberships.findActive(organisation, "dana").orElseThrow().id();
            fill(organisation, dana, size);
            String path = "/api/v1/organisations/" + organisation + "/dashboard";
            statements(path);
            counts.put(size, statements(path));
        }
        System.out.println("DASHBOARD-STATEMENTS by register size: " + counts);
        assertThat(counts.values().stream().distinct())
                .as("statements by size %s", counts)
                .hasSize(1);
        // membership and roles, 4 aggregate statements, 1 snapshot read, at most 2 per due-item source
        assertThat(counts.get(300))
                .isLessThanOrEqualTo(2 + 4 + 1 + 2 * sources.stream().count());
    }
}
