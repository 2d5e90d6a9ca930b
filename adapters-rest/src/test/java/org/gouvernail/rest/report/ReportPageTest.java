package org.gouvernail.rest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportContent;
import org.gouvernail.domain.report.ReportContent.CountLine;
import org.gouvernail.domain.report.ReportContent.DecisionLine;
import org.gouvernail.domain.report.ReportContent.DueLine;
import org.gouvernail.domain.report.ReportContent.GridCell;
import org.gouvernail.domain.report.ReportContent.IncidentLine;
import org.gouvernail.domain.report.ReportContent.IndicatorLine;
import org.gouvernail.domain.report.ReportContent.MatrixCell;
import org.gouvernail.domain.report.ReportContent.PostureLine;
import org.gouvernail.domain.report.ReportContent.PracticeLine;
import org.gouvernail.domain.report.ReportContent.Rag;
import org.gouvernail.domain.report.ReportContent.RiskLine;
import org.gouvernail.domain.report.ReportContent.UseCaseLine;
import org.gouvernail.domain.report.ReportSection;
import org.gouvernail.domain.report.ReportType;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/**
 * The report page and its PDF without a server: a hostile text stays text, the charts are PNG images
 * with ink, and a board brief of a busy quarter fits in two A4 pages.
 */
class ReportPageTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static Report finalReport(Language language) {
        return Report.draft(
                        UUID.randomUUID(),
                        new OrganisationId(UUID.randomUUID()),
                        ReportType.BOARD_BRIEF,
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 11, 30),
                        language,
                        null,
                        null,
                        null,
                        NOW)
                .finalise("{}", null, NOW);
    }

    private static ReportContent busyQuarter(String language) {
        List<IndicatorLine> indicators = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            indicators.add(new IndicatorLine(
                    "area.indicator_" + i, "RISKS", "Indicator " + i, "COUNT", (long) i, (long) i + 2, -2L, "BETTER"));
        }
        List<PostureLine> posture = List.of(
                new PostureLine("INVENTORY", "Tool inventory", Rag.RED, "Tools with blocking findings: 1"),
                new PostureLine("RISKS", "Risks", Rag.AMBER, "Risk reviews overdue: 2"),
                new PostureLine("POLICIES", "Usage policies", Rag.GREEN, "Acknowledgement rate: 92"),
                new PostureLine("LITERACY", "Literacy", Rag.UNKNOWN, ""));
        return new ReportContent(
                "Entraide <Quartier> & co",
                ReportType.BOARD_BRIEF,
                language,
                "en".equals(language) ? "Board brief" : "Note au conseil d'administration",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30),
                NOW,
                1,
                LocalDate.of(2026, 8, 31),
                "Q3 <script>alert(1)</script>",
                "Merci au comité.\n\nDeuxième paragraphe.",
                null,
                ReportType.BOARD_BRIEF.defaultSections(),
                List.of(),
                posture,
                indicators,
                List.of(new GridCell(5, 5, 2), new GridCell(2, 3, 1), new GridCell(4, 1, 12)),
                List.of(new GridCell(2, 2, 3)),
                List.of(new MatrixCell("QUICK_WIN", "IN_USE", 3), new MatrixCell("UNSCORED", "PROPOSED", 1)),
                List.of(new DueLine("approval-request.decide", "Le Chat", NOW)),
                List.of(new RiskLine(
                        "Données de bénéficiaires dans un outil gratuit", "DATA_PROTECTION", 25, 12, "OPEN")),
                List.of(new UseCaseLine(
                        UUID.randomUUID(),
                        "Traduction",
                        "IN_USE",
                        "BENEFICIARIES",
                        List.of("PERSONAL"),
                        "Relu",
                        "MINIMAL",
                        "NOT_INDICATED")),
                List.of(new IncidentLine("Fuite", "HIGH", "OPEN", LocalDate.of(2026, 10, 2), 2, 1)),
                List.of(new DecisionLine(LocalDate.of(2026, 10, 3), "TOOL", "APPROVED", "Conforme")),
                List.of(new PracticeLine("AI_REFERENT", "Name an AI referent", "NOT_APPLIED", "Too small for now")),
                List.of(new CountLine("PEOPLE", 12), new CountLine("VALID", 8)));
    }

    @Test
    void aHostileTitleStaysTextAndNoScriptIsServed() {
        String page = ReportPage.xhtml(finalReport(Language.EN), busyQuarter("en"));
        assertThat(page)
                .doesNotContain("<script")
                .contains("&lt;script&gt;")
                .contains("Entraide &lt;Quartier&gt; &amp; co")
                .contains("data:image/png;base64,");
        for (ReportSection section : ReportType.BOARD_BRIEF.defaultSections()) {
            assertThat(page).contains(section.heading().in(Language.EN));
        }
        assertThat(ReportPage.CONTENT_SECURITY_POLICY).startsWith("default-src 'none'; img-src data:;");
    }

    @Test
    void aBusyBoardBriefFitsInTwoPagesWithItsChartsInked() throws Exception {
        Report report = finalReport(Language.FR);
        byte[] pdf = ReportPdf.of(ReportPage.xhtml(report, busyQuarter("fr")), "test");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(1, 2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Situation par domaine")
                    .contains("Carte des risques")
                    .contains("Données de bénéficiaires dans un outil gratuit")
                    .contains(report.sha256());
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 72);
            ImageIO.write(first, "png", new File("target/report-page-1.png"));
        }
    }

    @Test
    void theHeatmapShowsItsCountsInColour() throws Exception {
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(ReportCharts.heatmap(List.of(new GridCell(5, 5, 2)))));
        // likelihood 5, severity 5: the top right cell, red
        int rgb = image.getRGB(28 + 4 * 56 + 5, 5);
        assertThat(rgb & 0xffffff).isEqualTo(ReportCharts.RED.getRGB() & 0xffffff);
        // severity 1, likelihood 1, empty: a pale green
        int pale = image.getRGB(28 + 5, 4 * 56 + 5) & 0xffffff;
        assertThat(pale).isNotEqualTo(ReportCharts.GREEN.getRGB() & 0xffffff).isNotEqualTo(0xffffff);
    }
}
