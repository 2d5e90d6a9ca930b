package org.gouvernail.app.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.risk.RiskBuilder.aStoredRisk;
import static org.gouvernail.domain.risk.RiskDetailsBuilder.aRisk;
import static org.gouvernail.domain.usecase.UseCaseDetailsBuilder.aMinimalUseCase;
import static org.gouvernail.domain.usecase.UseCaseDetailsBuilder.aUseCase;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.dashboard.IndicatorCatalogue;
import org.gouvernail.domain.dashboard.port.in.OrganisationDashboard;
import org.gouvernail.domain.dashboard.port.out.DashboardSnapshots;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseBuilder;
import org.gouvernail.domain.usecase.UseCaseDetails;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.port.out.UseCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The organisation dashboard end to end: its figures equal the registers' (known rows seeded, then
 * the dashboard compared with them and with the registers' own views: the risk heatmap, the use-case
 * matrix, the exposure gap), the trend against a snapshot, the snapshot on demand and its audit row,
 * the catalogue, and isolation (404 next door, 403 without the role, 401 without a token).
 */
@QuarkusTest
class DashboardApiTest {

    private static Scene scene;

    @Inject
    World world;

    @Inject
    Tools tools;

    @Inject
    Risks risks;

    @Inject
    UseCases useCases;

    @Inject
    TrainingProgramme programme;

    @Inject
    DashboardSnapshots snapshots;

    @Inject
    OrganisationDashboard dashboards;

    private static String base() {
        return "/api/v1/organisations/" + scene.org();
    }

    @BeforeEach
    void seed() {
        if (scene != null) {
            return;
        }
        scene = world.scene();
        MemberId viewer = scene.viewer().id();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            // the scene's own tool: DECLARED today, with personal data. Two more: one approved two months
            // ago, one retired today (not in the inventory, but a new declaration of the last 30 days)
            tools.add(anAiTool()
                    .withId(new ToolId(UUID.randomUUID()))
                    .of(scene.organisation())
                    .in(ToolStatus.APPROVED)
                    .declaredBy(viewer)
                    .declaredAt(now.minus(Duration.ofDays(60)))
                    .build());
            tools.add(anAiTool()
                    .withId(new ToolId(UUID.randomUUID()))
                    .of(scene.organisation())
                    .in(ToolStatus.RETIRED)
                    .declaredBy(viewer)
                    .declaredAt(now)
                    .build());
            // risks: one high (4 × 4) brought down to 2 × 2; one low, its review overdue; one closed
            risks.add(risk(aRisk().rated(4, 4).withResidual(2, 2).build(), RiskStatus.TREATING, viewer));
            risks.add(risk(
                    aRisk().rated(2, 2)
                            .reviewedOn(LocalDate.now(ZoneOffset.UTC).minusDays(2))
                            .build(),
                    RiskStatus.OPEN,
                    viewer));
            risks.add(risk(aRisk().rated(5, 5).build(), RiskStatus.CLOSED, viewer));
            // use cases: one in use (a quick win), one in pilot (not scored), one submitted, one retired
            useCases.add(useCase(aUseCase().ownedBy(viewer).build(), UseCaseStatus.IN_USE, viewer));
            useCases.add(useCase(aMinimalUseCase().ownedBy(viewer).build(), UseCaseStatus.PILOT, viewer));
            useCases.add(useCase(aUseCase().ownedBy(viewer).build(), UseCaseStatus.SUBMITTED, viewer));
            useCases.add(useCase(aUseCase().ownedBy(viewer).build(), UseCaseStatus.RETIRED, viewer));
        });
        // the viewer uses the scene's tool, which handles personal data, without any training
        programme.recordToolUse(
                World.caller(World.COMMITTEE),
                scene.organisation(),
                Optional.of(viewer),
                scene.tool().id());
    }

    private static org.gouvernail.domain.risk.Risk risk(
            org.gouvernail.domain.risk.RiskDetails details, RiskStatus status, MemberId by) {
        return aStoredRisk()
                .withId(new RiskId(UUID.randomUUID()))
                .of(scene.organisation())
                .withDetails(details)
                .in(status)
                .raisedBy(by)
                .build();
    }

    private static UseCase useCase(UseCaseDetails details, UseCaseStatus status, MemberId by) {
        UseCase proposed = UseCase.propose(
                new UseCaseId(UUID.randomUUID()), scene.organisation(), details, null, by, Instant.now());
        return UseCaseBuilder.from(proposed).in(status).build();
    }

    private static Map<String, Long> values(JsonPath dashboard) {
        Map<String, Long> values = new HashMap<>();
        List<Map<String, Object>> indicators = dashboard.getList("sections.flatten().indicators.flatten()");
        for (Map<String, Object> indicator : indicators) {
            Object value = indicator.get("value");
            values.put((String) indicator.get("code"), value == null ? null : ((Number) value).longValue());
        }
        return values;
    }

    private static JsonPath dashboard() {
        return given().when()
                .get(base() + "/dashboard")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theFiguresAreTheRegistersCounts() {
        String body = given().when()
                .get(base() + "/dashboard")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        System.out.println("DASHBOARD-JSON " + body); // the walk-through of docs/api.md quotes it
        JsonPath dashboard = new JsonPath(body);
        Map<String, Long> values = values(dashboard);

        assertThat(values)
                .containsEntry(IndicatorCatalogue.TOOLS_IN_INVENTORY, 2L)
                .containsEntry(IndicatorCatalogue.TOOLS_DECLARED, 2L)
                .containsEntry(IndicatorCatalogue.TOOLS_AWAITING_REVIEW, 1L)
                .containsEntry(IndicatorCatalogue.TOOLS_BLOCKING, 0L)
                .containsEntry(IndicatorCatalogue.RISKS_OPEN, 2L)
                .containsEntry(IndicatorCatalogue.RISKS_HIGH_INHERENT, 1L)
                .containsEntry(IndicatorCatalogue.RISKS_HIGH_RESIDUAL, 0L)
                .containsEntry(IndicatorCatalogue.RISKS_REVIEWS_OVERDUE, 1L)
                .containsEntry(IndicatorCatalogue.USE_CASES_ACTIVE, 2L)
                .containsEntry(IndicatorCatalogue.USE_CASES_AWAITING, 1L)
                .containsEntry(IndicatorCatalogue.POLICIES_IN_FORCE, 0L)
                .containsEntry(IndicatorCatalogue.POLICIES_ACK_RATE, 100L)
                .containsEntry(IndicatorCatalogue.LITERACY_COVERAGE, 0L)
                .containsEntry(IndicatorCatalogue.LITERACY_EXPOSURE_GAPS, 1L)
                .containsEntry(IndicatorCatalogue.INCIDENTS_OPEN, 0L)
                .containsEntry(IndicatorCatalogue.FEEDBACK_OPEN, 0L)
                .containsEntry(IndicatorCatalogue.COMMITTEE_CONSTITUTED, 0L)
                .containsEntry(IndicatorCatalogue.COMMITTEE_DAYS_SINCE_MEETING, null)
                .containsEntry(IndicatorCatalogue.COMMITTEE_DECISIONS, 0L);
        assertThat(dashboard.getMap("breakdowns.toolsByStatus"))
                .containsEntry("DECLARED", 1)
                .containsEntry("APPROVED", 1)
                .containsEntry("RETIRED", 1);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theRiskGridsAreTheHeatmapsOfTheRiskRegister() {
        JsonPath dashboard = dashboard();
        JsonPath heatmap = given().when()
                .get(base() + "/risks/heatmap")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        for (String grid : List.of("inherent", "residual")) {
            Map<String, Integer> register = new HashMap<>();
            List<Map<String, Object>> cells = heatmap.getList(grid);
            cells.stream()
                    .filter(cell -> ((Number) cell.get("count")).intValue() > 0)
                    .forEach(cell -> register.put(
                            cell.get("likelihood") + "x" + cell.get("severity"),
                            ((Number) cell.get("count")).intValue()));
            Map<String, Integer> shown = new HashMap<>();
            List<Map<String, Object>> mine = dashboard.getList("breakdowns." + grid + "Risks");
            mine.forEach(cell -> shown.put(
                    cell.get("likelihood") + "x" + cell.get("severity"), ((Number) cell.get("count")).intValue()));
            assertThat(shown).as(grid).isEqualTo(register).isNotEmpty();
        }
        assertThat(values(dashboard).get(IndicatorCatalogue.RISKS_OPEN)).isEqualTo(heatmap.getLong("openRisks"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theUseCaseMatrixIsThePortfoliosAndTheExposureGapTheTrainingRegisters() {
        JsonPath dashboard = dashboard();
        JsonPath matrix = given().when()
                .get(base() + "/use-cases/matrix")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Integer> register = new HashMap<>();
        List<Map<String, Object>> quadrants = matrix.getList("quadrants");
        quadrants.forEach(quadrant ->
                register.put((String) quadrant.get("quadrant"), ((List<?>) quadrant.get("useCases")).size()));
        register.put("UNSCORED", matrix.getList("unscored").size());
        register.values().removeIf(count -> count == 0);

        Map<String, Integer> shown = new HashMap<>();
        List<Map<String, Object>> cells = dashboard.getList("breakdowns.useCaseMatrix");
        cells.stream()
                .filter(cell -> !List.of("REJECTED", "RETIRED").contains(cell.get("status")))
                .forEach(cell -> shown.merge(
                        (String) cell.get("quadrant"), ((Number) cell.get("count")).intValue(), Integer::sum));
        assertThat(shown).isEqualTo(register).containsEntry("QUICK_WIN", 2).containsEntry("UNSCORED", 1);
        assertThat(cells).anyMatch(cell -> "RETIRED".equals(cell.get("status")));

        int exposed = given().when()
                .get(base() + "/training-exposure-gap")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("people")
                .size();
        assertThat(values(dashboard).get(IndicatorCatalogue.LITERACY_EXPOSURE_GAPS))
                .isEqualTo(exposed);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aTrendComparesWithTheLastSnapshotAtLeastThirtyDaysOld() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> {
            snapshots.save(
                    scene.organisation(),
                    today.minusDays(40),
                    Map.of(IndicatorCatalogue.TOOLS_IN_INVENTORY, 9L, IndicatorCatalogue.RISKS_HIGH_INHERENT, 3L));
            snapshots.save(
                    scene.organisation(), today.minusDays(10), Map.of(IndicatorCatalogue.TOOLS_IN_INVENTORY, 1L));
        });

        JsonPath dashboard = dashboard();

        assertThat(dashboard.getString("comparedWith"))
                .isEqualTo(today.minusDays(40).toString());
        Map<String, Object> tools = indicator(dashboard, IndicatorCatalogue.TOOLS_IN_INVENTORY);
        Map<?, ?> trend = (Map<?, ?>) tools.get("trend");
        assertThat(trend.get("previous")).isEqualTo(9);
        assertThat(trend.get("delta")).isEqualTo(-7);
        assertThat(trend.get("judgement")).isEqualTo("NEUTRAL");
        Map<?, ?> high = (Map<?, ?>)
                indicator(dashboard, IndicatorCatalogue.RISKS_HIGH_INHERENT).get("trend");
        assertThat(high.get("delta")).isEqualTo(-2);
        assertThat(high.get("judgement")).isEqualTo("BETTER");
        assertThat(indicator(dashboard, IndicatorCatalogue.RISKS_OPEN).get("trend"))
                .isNull();
    }

    private static Map<String, Object> indicator(JsonPath dashboard, String code) {
        List<Map<String, Object>> indicators = dashboard.getList("sections.flatten().indicators.flatten()");
        return indicators.stream()
                .filter(indicator -> code.equals(indicator.get("code")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void anAdminRecordsTodaysSnapshotAndTheAuditTrailSaysSo() {
        String day = given().when()
                .post(base() + "/dashboard/snapshots")
                .then()
                .statusCode(200)
                .extract()
                .path("day");
        assertThat(day).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        // twice the same day: replaced, not duplicated
        given().when().post(base() + "/dashboard/snapshots").then().statusCode(200);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> snapshots.lastOnOrBefore(scene.organisation(), LocalDate.now(ZoneOffset.UTC)))
                        .orElseThrow()
                        .values())
                .hasSize(IndicatorCatalogue.all().size() - 1) // no meeting: no days since the last one
                .containsEntry(IndicatorCatalogue.TOOLS_IN_INVENTORY, 2L);
        List<String> actions = given().when()
                .get(base() + "/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.action");
        assertThat(actions).contains("dashboard.snapshot-taken");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theDailyJobSnapshotsOrganisationsWithoutOneOnce() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int run = 0; run < 100 && dashboards.snapshotDue(50) > 0; run++) {
            // every organisation of the test database, 50 at a time
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> snapshots.withoutSnapshot(today, 10)))
                .isEmpty();
        assertThat(dashboards.snapshotDue(50))
                .as("a second run finds nothing to do")
                .isZero();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> snapshots.lastOnOrBefore(scene.organisation(), today))
                        .orElseThrow()
                        .day())
                .isEqualTo(today);
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theNextActionsAreTheSoonestItemsOfTheToDoList() {
        JsonPath dashboard = dashboard();
        List<String> next = dashboard.getList("nextActions.subjectId");
        List<String> todo = given().when()
                .get(base() + "/todo?until=" + LocalDate.now(ZoneOffset.UTC).plusDays(365))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.subjectId");
        assertThat(next).hasSizeLessThanOrEqualTo(5).isEqualTo(todo.subList(0, Math.min(5, todo.size())));
        assertThat(next).as("the overdue risk review at least").isNotEmpty();
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void theCatalogueIsVersionedAndDefinedInThreeLanguages() {
        JsonPath catalogue = given().when()
                .get("/api/v1/reference/indicators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(catalogue.getInt("version")).isEqualTo(IndicatorCatalogue.VERSION);
        assertThat(catalogue.getList("indicators"))
                .hasSize(IndicatorCatalogue.all().size());
        assertThat(catalogue.getString("indicators[0].definition.nl")).isNotBlank();
        assertThat(catalogue.getString("indicators[0].definition.en")).isNotBlank();
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsTheDashboardButMayNotTakeASnapshot() {
        dashboard();
        IsolationCalls.dashboard(scene.org()).stream()
                .filter(call -> call.method().equals("POST"))
                .forEach(call -> call.answers(403, "forbidden"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorGets403() {
        IsolationCalls.dashboard(scene.org()).forEach(call -> call.answers(403, "forbidden"));
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void aMemberOfAnotherOrganisationGets404() {
        List<Call> calls = IsolationCalls.dashboard(scene.org());
        assertThat(calls).hasSize(2);
        calls.forEach(call -> call.answers(404, "not-found"));
    }

    @Test
    void noTokenGets401() {
        IsolationCalls.dashboard(scene.org()).forEach(call -> call.answers(401, "unauthorized"));
        new Call("GET", "/api/v1/reference/indicators", null).answers(401, "unauthorized");
    }
}
