package org.gouvernail.rest.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportComparison;
import org.gouvernail.domain.report.ReportSection;
import org.gouvernail.domain.report.ReportStatus;
import org.gouvernail.domain.report.ReportType;
import org.gouvernail.domain.report.port.in.GovernanceReports.NewReport;
import org.gouvernail.domain.shared.Language;

/** JSON shapes of the reports. */
final class ReportJson {

    static final int NARRATIVE = 10_000;
    static final int NAME = 200;

    private ReportJson() {}

    @Schema(name = "NewReport", description = "A new DRAFT report")
    record NewReportInput(
            @NotNull @Schema(required = true, examples = "BOARD_BRIEF")
            ReportType type,

            @NotNull @Schema(required = true, examples = "2026-09-01")
            LocalDate periodFrom,

            @NotNull @Schema(required = true, examples = "2026-11-30")
            LocalDate periodTo,

            @Pattern(regexp = "fr|en")
            @Schema(nullable = true, maxLength = 2, pattern = "^(fr|en)$", description = "Default fr", examples = "fr")
            String language,

            @Size(max = 20)
            @Schema(
                    type = SchemaType.ARRAY,
                    maxItems = 20,
                    nullable = true,
                    description = "Sections in order; empty or absent: the type's defaults. FUNDER chooses among "
                            + "USE_CASES, DPIA_SCREENINGS, INCIDENTS, LITERACY, TOP_RISKS, DECISIONS; EVIDENCE_PACK among "
                            + "LITERACY, INCIDENTS, DPIA_SCREENINGS, DECISIONS")
            List<@NotNull ReportSection> sections,

            @Size(max = Report.MAX_SCOPE)
            @Schema(
                    type = SchemaType.ARRAY,
                    maxItems = Report.MAX_SCOPE,
                    nullable = true,
                    description = "FUNDER only, required: the project's use cases")
            List<@NotNull UUID> scope,

            @Size(max = NAME) @Schema(nullable = true, maxLength = NAME)
            String title,

            @Size(max = NARRATIVE) @Schema(nullable = true, maxLength = NARRATIVE)
            String chairWords,

            @Size(max = NARRATIVE) @Schema(nullable = true, maxLength = NARRATIVE)
            String summary) {

        NewReport toDomain() {
            return new NewReport(
                    type,
                    periodFrom,
                    periodTo,
                    language == null ? Language.FR : Language.find(language).orElse(Language.FR),
                    sections,
                    scope,
                    new Report.Narrative(title, chairWords, summary));
        }
    }

    @Schema(name = "ReportNarrative", description = "What a DRAFT's authors write, as a JSON merge patch")
    record NarrativeInput(
            @Size(max = NAME) @Schema(nullable = true, maxLength = NAME)
            String title,

            @Size(max = NARRATIVE) @Schema(nullable = true, maxLength = NARRATIVE)
            String chairWords,

            @Size(max = NARRATIVE) @Schema(nullable = true, maxLength = NARRATIVE)
            String summary,

            @Size(max = 20) @Schema(type = SchemaType.ARRAY, maxItems = 20, nullable = true)
            List<@NotNull ReportSection> sections) {

        static NarrativeInput from(Report report) {
            return new NarrativeInput(
                    report.narrative().title(),
                    report.narrative().chairWords(),
                    report.narrative().summary(),
                    report.sections());
        }

        Report.Narrative narrative() {
            return new Report.Narrative(title, chairWords, summary);
        }
    }

    @Schema(name = "ReportFinalisation")
    record FinaliseInput(
            @Schema(nullable = true, description = "The committee decision that approved the report, if any")
            UUID decisionId) {}

    @Schema(name = "Report")
    record ReportView(
            UUID id,
            ReportType type,
            ReportStatus status,
            LocalDate periodFrom,
            LocalDate periodTo,
            @Schema(maxLength = 2, examples = "fr") String language,
            @Schema(type = SchemaType.ARRAY, maxItems = 20) List<ReportSection> sections,

            @Schema(type = SchemaType.ARRAY, maxItems = Report.MAX_SCOPE)
            List<UUID> scope,

            @Schema(nullable = true, maxLength = NAME) String title,
            @Schema(nullable = true, maxLength = NARRATIVE) String chairWords,
            @Schema(nullable = true, maxLength = NARRATIVE) String summary,

            @Schema(
                    nullable = true,
                    maxLength = 64,
                    description = "FINAL: the SHA-256 (hex) of the frozen JSON document served by …/content")
            String sha256,

            @Schema(nullable = true) UUID approvedByDecision,
            Instant createdAt,
            @Schema(nullable = true) Instant finalisedAt,

            @Schema(description = "API paths of the renditions")
            Links links) {

        static ReportView from(Report report, String base) {
            String self = base + "/" + report.id();
            return new ReportView(
                    report.id(),
                    report.type(),
                    report.status(),
                    report.periodFrom(),
                    report.periodTo(),
                    report.language().code(),
                    report.sections(),
                    report.scope(),
                    report.narrative().title(),
                    report.narrative().chairWords(),
                    report.narrative().summary(),
                    report.sha256(),
                    report.approvedByDecision(),
                    report.createdAt(),
                    report.finalisedAt(),
                    new Links(self + "/content", self + "/html", self + "/pdf"));
        }
    }

    @Schema(name = "ReportLinks")
    record Links(
            @Schema(maxLength = 200) String content,
            @Schema(maxLength = 200) String html,
            @Schema(maxLength = 200) String pdf) {}

    @Schema(name = "ReportComparison")
    record ComparisonView(
            UUID earlier,
            UUID later,
            @Schema(type = SchemaType.ARRAY, maxItems = 200) List<ChangeView> changes) {

        static ComparisonView from(ReportComparison comparison) {
            return new ComparisonView(
                    comparison.earlier(),
                    comparison.later(),
                    comparison.changes().stream().map(ChangeView::from).toList());
        }
    }

    @Schema(name = "ReportIndicatorChange")
    record ChangeView(
            @Schema(maxLength = 60, examples = "risks.high_residual")
            String code,

            @Schema(maxLength = NAME) String label,
            @Schema(nullable = true) Long earlier,
            @Schema(nullable = true) Long later,
            @Schema(nullable = true) Long delta,

            @Schema(nullable = true, maxLength = 10, examples = "BETTER")
            String judgement) {

        static ChangeView from(ReportComparison.Change change) {
            return new ChangeView(
                    change.code(),
                    change.label(),
                    change.earlier(),
                    change.later(),
                    change.delta(),
                    change.judgement());
        }
    }
}
