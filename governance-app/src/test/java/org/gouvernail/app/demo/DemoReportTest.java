package org.gouvernail.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportContent;
import org.gouvernail.domain.report.ReportStatus;
import org.gouvernail.domain.report.ReportType;
import org.gouvernail.domain.report.port.out.ReportDocuments;
import org.gouvernail.domain.report.port.out.Reports;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** The demo's board brief: one FINAL report whose frozen content matches its hash and names no member. */
@QuarkusTest
class DemoReportTest {

    @Inject
    DemoData demo;

    @Inject
    Organisations organisations;

    @Inject
    Reports reports;

    @Inject
    ReportDocuments documents;

    @Test
    void entraideQuartierHasOneFinalBoardBriefFrozenWithItsHash() {
        demo.seed();
        List<Report> briefs = QuarkusTransaction.requiringNew().call(() -> {
            OrganisationId entraide =
                    organisations.findBySlug("entraide-quartier").orElseThrow().id();
            return reports.list(entraide, ReportType.BOARD_BRIEF, PageRequest.first(10))
                    .items();
        });
        assertThat(briefs).hasSize(1);
        Report brief = briefs.get(0);
        assertThat(brief.status()).isEqualTo(ReportStatus.FINAL);
        assertThat(brief.sha256()).isEqualTo(Report.sha256Of(brief.frozenContent()));
        ReportContent content = documents.read(brief.frozenContent());
        assertThat(content.organisationName()).isEqualTo("Entraide Quartier asbl");
        assertThat(content.sections()).isEqualTo(ReportType.BOARD_BRIEF.defaultSections());
        assertThat(content.topRisks()).isNotEmpty();
        assertThat(content.chairWords()).contains("permanence sociale");
        assertThat(brief.frozenContent())
                .doesNotContain("Alice Dubois")
                .doesNotContain("Carole Peeters")
                .doesNotContain("David Mertens");
    }
}
