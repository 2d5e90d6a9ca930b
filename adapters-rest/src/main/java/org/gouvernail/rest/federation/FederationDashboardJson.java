package org.gouvernail.rest.federation;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.dashboard.Unit;
import org.gouvernail.domain.federation.Benchmark;
import org.gouvernail.domain.federation.Contribution;
import org.gouvernail.domain.federation.DisclosureControl.Cell;
import org.gouvernail.domain.federation.FederationDashboard;
import org.gouvernail.domain.federation.FederationDashboard.IndicatorTable;
import org.gouvernail.domain.federation.FederationReportContent.Figure;
import org.gouvernail.domain.federation.Segmentation;
import org.gouvernail.domain.federation.Suppression;

/** REST DTOs of the federation's roll-up dashboard and of a member's benchmark. */
final class FederationDashboardJson {

    private FederationDashboardJson() {}

    @Schema(
            name = "FederationCell",
            description = "One cell: its contributors, the sum and mean of their values, or why it is hidden "
                    + "(suppressed: then no number at all)")
    record CellView(
            @Schema(description = "The segment (ALL for the total, UNKNOWN for members without one)", maxLength = 30)
            String segment,

            @Schema(nullable = true, minimum = "0", maximum = "1000000")
            Integer contributors,

            @Schema(nullable = true, description = "Sum of the contributors' values")
            Long sum,

            @Schema(nullable = true, description = "Mean of the contributors' values, one decimal")
            Double mean,

            @Schema(nullable = true, description = "BELOW_K, DOMINANCE or SECONDARY: no number is served")
            Suppression suppressed) {

        static CellView from(Cell cell) {
            Figure served = Figure.of(cell);
            return new CellView(
                    served.segment(), served.contributors(), served.sum(), served.mean(), served.suppressed());
        }
    }

    @Schema(
            name = "FederationNamedValue",
            description = "A member's own value, shown by name because its consent for the indicator is NAMED")
    record NamedValueView(
            @Schema(maxLength = 36) UUID organisationId,
            @Schema(maxLength = 200) String name,

            @Schema(description = "The member's latest snapshot value")
            long value) {

        static NamedValueView from(Contribution contribution) {
            return new NamedValueView(
                    contribution.associationId().value(), contribution.memberName(), contribution.value());
        }
    }

    @Schema(name = "FederationIndicatorAggregate", description = "One indicator across the federation")
    record IndicatorView(
            @Schema(maxLength = 60) String code,
            Unit unit,
            CellView total,

            @Schema(description = "The cells of the segmentation asked, by segment; empty without one", maxItems = 200)
            List<CellView> cells,

            @Schema(
                    description = "The values of the members whose consent is NAMED, by name (whatever the "
                            + "cells show: the cells' rules count only the other members)",
                    maxItems = 10000)
            List<NamedValueView> named) {

        static IndicatorView from(IndicatorTable table, Segmentation segmentation) {
            return new IndicatorView(
                    table.indicator().code(),
                    table.indicator().unit(),
                    CellView.from(table.table().total()),
                    segmentation == null
                            ? List.of()
                            : table.table().cells(segmentation).stream()
                                    .map(CellView::from)
                                    .toList(),
                    table.table().named().stream().map(NamedValueView::from).toList());
        }
    }

    @Schema(name = "FederationDashboard", description = "A federation's roll-up dashboard, from its members' snapshots")
    record DashboardView(
            @Schema(maxLength = 36) UUID federationId,
            @Schema(nullable = true) Segmentation segment,

            @Schema(description = "k: the fewest contributors a cell shows", minimum = "5", maximum = "1000")
            int minContributors,

            @Schema(maxItems = 100) List<IndicatorView> indicators) {

        static DashboardView from(FederationDashboard dashboard) {
            return new DashboardView(
                    dashboard.federationId().value(),
                    dashboard.segmentation(),
                    dashboard.rules().minContributors(),
                    dashboard.indicators().stream()
                            .map(table -> IndicatorView.from(table, dashboard.segmentation()))
                            .toList());
        }
    }

    @Schema(name = "BenchmarkEntry", description = "The member's value against the federation's distribution")
    record EntryView(
            @Schema(maxLength = 60) String code,
            Unit unit,

            @Schema(nullable = true, description = "The member's own snapshot value")
            Long own,

            @Schema(nullable = true, minimum = "5", maximum = "1000000")
            Integer contributors,

            @Schema(nullable = true) Double firstQuartile,
            @Schema(nullable = true) Double median,
            @Schema(nullable = true) Double thirdQuartile,

            @Schema(nullable = true, description = "BELOW_K or DOMINANCE: the distribution is not shown")
            Suppression suppressed) {

        static EntryView from(Benchmark.Entry entry) {
            boolean shown = entry.suppressed() == null;
            return new EntryView(
                    entry.indicator().code(),
                    entry.indicator().unit(),
                    entry.own(),
                    shown ? entry.contributors() : null,
                    entry.firstQuartile(),
                    entry.median(),
                    entry.thirdQuartile(),
                    entry.suppressed());
        }
    }

    @Schema(name = "FederationBenchmark", description = "Give to get: the member's values against the federation's")
    record BenchmarkView(
            @Schema(maxLength = 36) UUID organisationId,
            @Schema(maxLength = 36) UUID federationId,
            @Schema(maxItems = 100) List<EntryView> indicators) {

        static BenchmarkView from(Benchmark benchmark) {
            return new BenchmarkView(
                    benchmark.associationId().value(),
                    benchmark.federationId().value(),
                    benchmark.entries().stream().map(EntryView::from).toList());
        }
    }
}
