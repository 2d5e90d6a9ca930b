package org.gouvernail.app.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.All;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.gouvernail.app.privacy.PersonalDataScene.Seeded;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard of the personal-data report: one statement per category, whatever the number of
 * rows the person has in each (one of each, then 40 more risks and audit rows), plus the access check,
 * the membership and the audit row of the export.
 */
@QuarkusTest
class PersonalDataStatementCountTest {

    @Inject
    PersonalDataScene scene;

    @Inject
    @All
    List<PersonalDataSource> sources;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void theReportCostsOneStatementPerCategoryWhateverTheRows() throws SQLException {
        Seeded seeded = scene.seed("stella-" + UUID.randomUUID().toString().substring(0, 8));
        String path = "/api/v1/organisations/" + seeded.org() + "/members/" + seeded.member() + "/personal-data";
        long categories = given().when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("categories")
                .size();
        long few = statements(path);

        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < 40; i++) {
                PersonalDataScene.exec(
                        c,
                        "insert into risk (id, organisation_id, title, category, likelihood, severity, owner_id, status,"
                                + " raised_by, raised_at, version) values (?, ?, 'Risque', 'PRIVACY', 2, 3, ?, 'OPEN', ?,"
                                + " now(6), 0)",
                        UUID.randomUUID(),
                        seeded.org(),
                        seeded.member(),
                        seeded.member());
                PersonalDataScene.exec(
                        c,
                        "insert into audit_event values (?, ?, now(6), ?, ?, 'risk.raised', 'RISK', ?, '')",
                        UUID.randomUUID(),
                        seeded.org(),
                        seeded.subject(),
                        seeded.subject(),
                        UUID.randomUUID());
            }
        }
        long many = statements(path);

        assertThat(many).as("statements with 40 more rows").isEqualTo(few);
        assertThat(few)
                .as("one per category, plus access, membership and the audit row")
                .isLessThanOrEqualTo(categories + 6);
    }
}
