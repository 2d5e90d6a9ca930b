package org.gouvernail.app.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gouvernail.app.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * scripts/dashboard-p95.sh without a running ./run.sh: seeds the demo data, takes alice's real token
 * from the suite's Keycloak and measures GET /api/v1/organisations/{id}/dashboard of the largest demo
 * organisation (entraide-quartier) over HTTP, one request after the other, after a warm-up. Prints
 * p50, p95, p99 and the maximum. Only with -Ddashboard.p95=true (machine noise: a figure for the
 * operations guide, not a goal CI could hold); DASHBOARD_REQUESTS sets the number measured (200).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "dashboard.p95", matches = "true")
class DashboardP95Test {

    private static final int WARM_UP = 20;

    @Inject
    DemoData demo;

    @Test
    void theDashboardOfTheLargestDemoOrganisationOverHttp() {
        demo.seed();
        String token = Tokens.accessToken("alice");
        String org = given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("memberships.find { it.organisationSlug == 'entraide-quartier' }.organisationId");
        assertThat(org).as("alice's membership of entraide-quartier").isNotNull();
        String url = "/api/v1/organisations/" + org + "/dashboard";
        int requests = Integer.parseInt(System.getenv().getOrDefault("DASHBOARD_REQUESTS", "200"));
        for (int i = 0; i < WARM_UP; i++) {
            given().auth().oauth2(token).when().get(url).then().statusCode(200);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            given().auth().oauth2(token).when().get(url).then().statusCode(200);
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(millis);
        double p95 = at(millis, 95);
        System.out.printf(
                "DASHBOARD-P95 GET %s (entraide-quartier): %d requests over HTTP, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms; goal p95 <= 300 ms: %s%n",
                url,
                requests,
                at(millis, 50),
                p95,
                at(millis, 99),
                millis.get(millis.size() - 1),
                p95 <= 300 ? "MET" : "NOT MET");
    }

    /** The nearest-rank percentile, as scripts/dashboard-p95.sh computes it. */
    private static double at(List<Double> sorted, int percent) {
        int index = Math.max(1, (percent * sorted.size() + 99) / 100);
        return sorted.get(index - 1);
    }
}
