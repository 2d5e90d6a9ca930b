package org.gouvernail.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportType;
import org.gouvernail.domain.report.port.in.GovernanceReports;
import org.gouvernail.domain.report.port.in.GovernanceReports.NewReport;
import org.gouvernail.domain.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the reports, for every endpoint: a member of another organisation gets 404; a
 * contributor gets 403 everywhere (reports are for those who govern and for the board); a viewer
 * reads every rendition but changes nothing; a request without token gets 401.
 */
@QuarkusTest
class ReportIsolationTest {

    private static Scene scene;
    private static Report report;
    private static Report other;

    @Inject
    World world;

    @Inject
    GovernanceReports reports;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
            report = draft();
            other = draft();
        }
    }

    private Report draft() {
        return reports.draft(
                World.caller(World.ADMIN),
                scene.organisation(),
                new NewReport(
                        ReportType.BOARD_BRIEF,
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 11, 30),
                        Language.FR,
                        null,
                        null,
                        Report.Narrative.empty()));
    }

    private static List<Call> sceneCalls() {
        return IsolationCalls.reports(
                scene.org(), report.id().toString(), other.id().toString());
    }

    @Test
    @TestSecurity(user = World.STRANGER)
    void memberOfAnotherOrganisationGets404OnEveryEndpoint() {
        assertThat(sceneCalls()).as("probes").hasSize(9);
        for (Call call : sceneCalls()) {
            call.answers(404, "not-found");
        }
        for (Call call : IsolationCalls.reports(
                scene.other().toString(), report.id().toString(), other.id().toString())) {
            if (call.path().contains(report.id().toString())) {
                call.answers(404, "not-found");
            }
        }
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aContributorGets403OnEveryEndpoint() {
        for (Call call : sceneCalls()) {
            call.answers(403, "forbidden");
        }
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aViewerReadsEveryRenditionButChangesNothing() {
        int read = 0;
        for (Call call : sceneCalls()) {
            if (call.reads()) {
                call.spec().when().request(call.method(), call.path()).then().statusCode(200);
                read++;
            } else {
                call.answers(403, "forbidden");
            }
        }
        assertThat(read).isEqualTo(6);
    }

    @Test
    void noTokenGets401OnEveryEndpoint() {
        for (Call call : sceneCalls()) {
            call.answers(401, "unauthorized");
        }
    }
}
