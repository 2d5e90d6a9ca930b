package org.gouvernail.app.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportType;
import org.gouvernail.domain.report.port.out.Reports;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard of the report list: a page costs the same statements whether the organisation
 * holds one report or 120 (drafts and finals with their frozen documents): one page query, never a
 * query per report.
 */
@QuarkusTest
class ReportStatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    World world;

    @Inject
    Reports reports;

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private void fill(OrganisationId organisation, int size) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < size; i++) {
                Report draft = Report.draft(
                        UUID.randomUUID(),
                        organisation,
                        ReportType.values()[i % 2 == 0 ? 0 : 1],
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 6, 30),
                        Language.FR,
                        null,
                        null,
                        Report.Narrative.empty(),
                        Instant.now());
                reports.add(i % 3 == 0 ? draft.finalise("{\"n\":" + i + "}", null, Instant.now()) : draft);
            }
        });
    }

    @Test
    @TestSecurity(user = "rhea")
    void theReportListCostsTheSameForOneReportAndForMany() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (int size : new int[] {1, 120}) {
            OrganisationId organisation = world.association("rhea");
            fill(organisation, size);
            String path = "/api/v1/organisations/" + organisation + "/reports?limit=50";
            statements(path);
            counts.put(size, statements(path));
        }
        System.out.println("REPORT-LIST-STATEMENTS by size: " + counts);
        assertThat(counts.values().stream().distinct())
                .as("statements by size %s", counts)
                .hasSize(1);
        // membership and roles, then one page query
        assertThat(counts.get(120)).isLessThanOrEqualTo(3);
        assertThat(List.copyOf(counts.values())).isNotEmpty();
    }
}
