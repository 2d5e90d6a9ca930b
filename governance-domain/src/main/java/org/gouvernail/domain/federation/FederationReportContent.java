package org.gouvernail.domain.federation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.dashboard.Unit;
import org.gouvernail.domain.federation.DisclosureControl.Cell;
import org.gouvernail.domain.federation.FederationDashboard.IndicatorTable;

/**
 * Read model: what a finalised federation report keeps of the roll-up dashboard it was drawn from.
 * Only what the dashboard served: a hidden cell keeps its reason and no number, so the stored document
 * never holds a figure that disclosure control withheld.
 *
 * @param segmentation the segmentation whose cells are kept (null: the totals only)
 * @param minContributors k when the report was drawn
 */
public record FederationReportContent(
        UUID federationId,
        String title,
        Instant drawnAt,
        Segmentation segmentation,
        int minContributors,
        List<Line> indicators) {

    public FederationReportContent {
        Objects.requireNonNull(federationId, "federationId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(drawnAt, "drawnAt");
        indicators = List.copyOf(indicators);
    }

    /** One indicator: its total and the cells of the segmentation. */
    public record Line(String code, Unit unit, Figure total, List<Figure> cells) {

        public Line {
            Objects.requireNonNull(code, "code");
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell as served, by the dashboard and by a report: contributors, sum and mean (one decimal), or
     * only why it is hidden.
     */
    public record Figure(String segment, Integer contributors, Long sum, Double mean, Suppression suppressed) {

        public static Figure of(Cell cell) {
            if (!cell.shown()) {
                return new Figure(cell.segment(), null, null, null, cell.suppressed());
            }
            double mean = cell.contributors() == 0 ? 0 : (double) cell.sum() / cell.contributors();
            return new Figure(cell.segment(), cell.contributors(), cell.sum(), Math.round(mean * 10) / 10.0, null);
        }
    }

    /** The served part of {@code dashboard}, under {@code title}, as drawn at {@code drawnAt}. */
    public static FederationReportContent of(String title, Instant drawnAt, FederationDashboard dashboard) {
        return new FederationReportContent(
                dashboard.federationId().value(),
                title,
                drawnAt,
                dashboard.segmentation(),
                dashboard.rules().minContributors(),
                dashboard.indicators().stream()
                        .map(table -> line(table, dashboard.segmentation()))
                        .toList());
    }

    private static Line line(IndicatorTable table, Segmentation segmentation) {
        return new Line(
                table.indicator().code(),
                table.indicator().unit(),
                Figure.of(table.table().total()),
                segmentation == null
                        ? List.of()
                        : table.table().cells(segmentation).stream()
                                .map(Figure::of)
                                .toList());
    }
}
