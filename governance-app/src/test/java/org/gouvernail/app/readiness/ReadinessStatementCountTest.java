package org.gouvernail.app.readiness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.readiness.CampaignId;
import org.gouvernail.domain.readiness.ReadinessCampaign;
import org.gouvernail.domain.readiness.RespondentGroup;
import org.gouvernail.domain.readiness.port.out.ReadinessCampaigns;
import org.gouvernail.domain.shared.OrganisationId;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Performance guard: a page of readiness campaigns costs the same statements whatever their number. */
@QuarkusTest
class ReadinessStatementCountTest {

    private static final String OWNER = "ruben";

    @Inject
    World world;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ReadinessCampaigns campaigns;

    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    @TestSecurity(user = OWNER)
    void aPageOfCampaignsCostsTheSameWhateverTheirNumber() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (int size : new int[] {1, 30}) {
            OrganisationId organisation = world.association(OWNER);
            QuarkusTransaction.requiringNew()
                    .run(() -> IntStream.range(0, size)
                            .forEach(i -> campaigns.add(ReadinessCampaign.open(
                                    new CampaignId(UUID.randomUUID()),
                                    organisation,
                                    "Campagne " + i,
                                    EnumSet.of(RespondentGroup.BOARD, RespondentGroup.VOLUNTEERS),
                                    false,
                                    Instant.parse("2026-11-28T15:00:00Z")))));
            String path = "/api/v1/organisations/" + organisation + "/readiness-campaigns?limit=50";
            statements(path);
            counts.put(size, statements(path));
        }
        assertThat(counts.values().stream().distinct())
                .as("statements by number of campaigns %s", counts)
                .hasSize(1);
    }
}
