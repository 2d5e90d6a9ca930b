package org.gouvernail.rest.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.dashboard.Better;
import org.gouvernail.domain.dashboard.Dashboard;
import org.gouvernail.domain.dashboard.Figures;
import org.gouvernail.domain.dashboard.Indicator;
import org.gouvernail.domain.dashboard.Section;
import org.gouvernail.domain.dashboard.Trend;
import org.gouvernail.domain.dashboard.Unit;
import org.gouvernail.domain.dashboard.port.in.OrganisationDashboard.Catalogue;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.rest.shared.LocalizedText;

/** JSON of the dashboard and of the indicator catalogue. */
final class DashboardJson {

    /** The shape of an indicator code, as Indicator checks it. */
    static final String CODE_PATTERN = "^[a-z]+(\\.[a-z0-9_]+)+$";

    private DashboardJson() {}

    @Schema(name = "Indicator", description = "One indicator of the catalogue: what it counts, in every language")
    record IndicatorJson(
            @Schema(
                    maxLength = 60,
                    pattern = CODE_PATTERN,
                    description = "Stable code (\"tools.blocking_findings\"), shared with reports")
            String code,

            Section section,
            Unit unit,

            @Schema(description = "Which way is an improvement: UP, DOWN, or NEUTRAL for a descriptive figure")
            Better better,

            LocalizedText label,
            LocalizedText definition) {

        static IndicatorJson from(Indicator indicator) {
            return new IndicatorJson(
                    indicator.code(),
                    indicator.section(),
                    indicator.unit(),
                    indicator.better(),
                    LocalizedText.of(indicator.label()),
                    LocalizedText.of(indicator.definition()));
        }
    }

    @Schema(name = "IndicatorCatalogue")
    record CatalogueJson(
            @Schema(minimum = "1", maximum = "1000", description = "Raised when an indicator is added or redefined")
            int version,

            @Schema(maxItems = 100) List<IndicatorJson> indicators) {

        static CatalogueJson from(Catalogue catalogue) {
            return new CatalogueJson(
                    catalogue.version(),
                    catalogue.indicators().stream().map(IndicatorJson::from).toList());
        }
    }

    @Schema(name = "IndicatorTrend", description = "The move against the previous period's snapshot")
    record TrendJson(
            @Schema(description = "The day of the snapshot compared with")
            LocalDate previousDay,

            @Schema(minimum = "-1000000000", maximum = "1000000000")
            long previous,

            @Schema(minimum = "-1000000000", maximum = "1000000000")
            long delta,

            Trend.Direction direction,
            Trend.Judgement judgement) {

        static TrendJson from(Trend trend) {
            return new TrendJson(
                    trend.previousDay(), trend.previous(), trend.delta(), trend.direction(), trend.judgement());
        }
    }

    @Schema(name = "IndicatorValue")
    record ValueJson(
            @Schema(maxLength = 60, pattern = CODE_PATTERN) String code,

            @Schema(
                    nullable = true,
                    minimum = "0",
                    maximum = "1000000000",
                    description = "Today's value; null when it cannot be computed (no meeting yet)")
            Long value,

            @Schema(nullable = true, description = "Null without a snapshot on or before the period's start")
            TrendJson trend,

            Unit unit,
            Better better,
            LocalizedText label,
            LocalizedText definition) {

        static ValueJson from(Dashboard.IndicatorValue value) {
            Indicator indicator = value.indicator();
            return new ValueJson(
                    indicator.code(),
                    value.value().orElse(null),
                    value.trend().map(TrendJson::from).orElse(null),
                    indicator.unit(),
                    indicator.better(),
                    LocalizedText.of(indicator.label()),
                    LocalizedText.of(indicator.definition()));
        }
    }

    @Schema(name = "DashboardSection")
    record SectionJson(
            Section section, @Schema(maxItems = 20) List<ValueJson> indicators) {

        static SectionJson from(Dashboard.SectionView view) {
            return new SectionJson(
                    view.section(),
                    view.indicators().stream().map(ValueJson::from).toList());
        }
    }

    @Schema(name = "RiskGridCell", description = "A cell of the 5 × 5 grid holding at least one risk not closed")
    record GridCellJson(
            @Schema(minimum = "1", maximum = "5") int likelihood,
            @Schema(minimum = "1", maximum = "5") int severity,
            @Schema(minimum = "1", maximum = "1000000000") long count) {

        static List<GridCellJson> from(List<Figures.GridCell> cells) {
            return cells.stream()
                    .map(cell -> new GridCellJson(cell.likelihood(), cell.severity(), cell.count()))
                    .toList();
        }
    }

    @Schema(name = "UseCaseMatrixCell", description = "How many use cases sit in a quadrant at a lifecycle status")
    record MatrixCellJson(
            @Schema(maxLength = 20, description = "QUICK_WIN, MAJOR_PROJECT, FILL_IN, AVOID or UNSCORED")
            String quadrant,

            @Schema(maxLength = 30, description = "The use case's status (IDEA … RETIRED)")
            String status,

            @Schema(minimum = "1", maximum = "1000000000") long count) {}

    @Schema(name = "DashboardBreakdowns")
    record BreakdownsJson(
            @Schema(description = "Tools per status, retired ones included")
            Map<String, Long> toolsByStatus,

            @Schema(maxItems = 25) List<GridCellJson> inherentRisks,

            @Schema(maxItems = 25, description = "Residual rating, the inherent one while not assessed")
            List<GridCellJson> residualRisks,

            @Schema(maxItems = 45) List<MatrixCellJson> useCaseMatrix) {

        static BreakdownsJson from(Figures figures) {
            return new BreakdownsJson(
                    figures.toolsByStatus(),
                    GridCellJson.from(figures.inherentRisks()),
                    GridCellJson.from(figures.residualRisks()),
                    figures.useCases().stream()
                            .map(cell -> new MatrixCellJson(cell.quadrant(), cell.status(), cell.count()))
                            .toList());
        }
    }

    @Schema(name = "NextAction", description = "One of the five things due soonest in the organisation")
    record ActionJson(
            @Schema(maxLength = 60, description = "What is asked (as in GET …/todo)")
            String kind,

            @Schema(maxLength = 40) String subjectType,
            UUID subjectId,
            @Schema(maxLength = 200) String title,
            @Schema(nullable = true) Instant dueAt,
            boolean overdue,
            @Schema(maxLength = 300) String link) {

        static ActionJson from(DueItem item, Instant now) {
            return new ActionJson(
                    item.kind(),
                    item.subjectType(),
                    item.subjectId(),
                    item.title(),
                    item.dueAt(),
                    item.overdueAt(now),
                    item.link());
        }
    }

    @Schema(name = "Dashboard")
    record DashboardJsonBody(
            @Schema(description = "The day the figures are of")
            LocalDate day,

            @Schema(minimum = "1", maximum = "1000") int catalogueVersion,

            @Schema(nullable = true, description = "The snapshot day the trends compare with; null without one")
            LocalDate comparedWith,

            @Schema(maxItems = 10) List<SectionJson> sections,
            BreakdownsJson breakdowns,

            @Schema(maxItems = 5, description = "The five items due soonest (GET …/todo has them all)")
            List<ActionJson> nextActions) {

        static DashboardJsonBody from(Dashboard dashboard, Instant now) {
            return new DashboardJsonBody(
                    dashboard.day(),
                    dashboard.catalogueVersion(),
                    dashboard.comparedWith().orElse(null),
                    dashboard.sections().stream().map(SectionJson::from).toList(),
                    BreakdownsJson.from(dashboard.breakdowns()),
                    dashboard.nextActions().stream()
                            .map(item -> ActionJson.from(item, now))
                            .toList());
        }
    }

    @Schema(name = "DashboardSnapshot")
    record SnapshotJson(
            @Schema(description = "The day recorded") LocalDate day) {}
}
