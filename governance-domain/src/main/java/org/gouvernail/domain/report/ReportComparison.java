package org.gouvernail.domain.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.dashboard.Indicator;
import org.gouvernail.domain.dashboard.IndicatorCatalogue;
import org.gouvernail.domain.dashboard.Trend;
import org.gouvernail.domain.report.ReportContent.IndicatorLine;

/**
 * Read model: two reports compared period to period, indicator by indicator: the value in the earlier
 * one, in the later one, the change, and whether it is better or worse by the catalogue's direction.
 */
public record ReportComparison(UUID earlier, UUID later, List<Change> changes) {

    public ReportComparison {
        changes = List.copyOf(changes);
    }

    /** One indicator's change; a value is null when a report could not compute it. */
    public record Change(String code, String label, Long earlier, Long later, Long delta, String judgement) {}

    /** {@code earlier} and {@code later} as their contents say (frozen for a final report). */
    public static ReportComparison of(UUID earlierId, ReportContent earlier, UUID laterId, ReportContent later) {
        Map<String, IndicatorLine> before = new LinkedHashMap<>();
        earlier.indicators().forEach(line -> before.put(line.code(), line));
        List<Change> changes = new ArrayList<>();
        for (IndicatorLine now : later.indicators()) {
            IndicatorLine then = before.remove(now.code());
            changes.add(change(now.code(), now.label(), then == null ? null : then.value(), now.value()));
        }
        before.values().forEach(then -> changes.add(change(then.code(), then.label(), then.value(), null)));
        return new ReportComparison(earlierId, laterId, changes);
    }

    /** The change of one indicator from {@code from} to {@code to}, judged as the dashboard judges a trend. */
    static Change change(String code, String label, Long from, Long to) {
        if (from == null || to == null) {
            return new Change(code, label, from, to, null, null);
        }
        Optional<Indicator> indicator = IndicatorCatalogue.find(code);
        String judgement = indicator
                .map(i -> Trend.of(i, null, from, to).judgement().name())
                .orElse(null);
        return new Change(code, label, from, to, to - from, judgement);
    }
}
