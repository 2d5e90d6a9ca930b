package org.gouvernail.domain.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Read model: the incident metrics of a period (incidents detected in it): counts by type and by
 * severity in force; median time to detect (occurred → detected, over the incidents whose
 * occurrence is known), to contain (detected → first CONTAINED or later status) and to close
 * (detected → first CLOSED), each over the incidents that reached it, null when none did; share of
 * clocked duties done on time (null when none was due).
 */
public record IncidentMetrics(
        Instant from,
        Instant to,
        int incidents,
        Map<IncidentType, Integer> byType,
        Map<Severity, Integer> bySeverity,
        Duration medianTimeToDetect,
        Duration medianTimeToContain,
        Duration medianTimeToClose,
        long dutiesDue,
        long dutiesOnTime,
        Double dutiesOnTimePercent) {

    public IncidentMetrics {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        byType = Collections.unmodifiableMap(new EnumMap<>(byType));
        bySeverity = Collections.unmodifiableMap(new EnumMap<>(bySeverity));
    }

    public static IncidentMetrics of(Instant from, Instant to, List<IncidentFigures> figures, DutyTally duties) {
        Map<IncidentType, Integer> byType = new EnumMap<>(IncidentType.class);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (IncidentFigures incident : figures) {
            byType.merge(incident.type(), 1, Integer::sum);
            bySeverity.merge(incident.severity(), 1, Integer::sum);
        }
        Double percent = duties.due() == 0 ? null : Math.round(1000.0 * duties.onTime() / duties.due()) / 10.0;
        return new IncidentMetrics(
                from,
                to,
                figures.size(),
                byType,
                bySeverity,
                median(figures, IncidentFigures::occurredAt, IncidentFigures::detectedAt),
                median(figures, IncidentFigures::detectedAt, IncidentFigures::containedAt),
                median(figures, IncidentFigures::detectedAt, IncidentFigures::closedAt),
                duties.due(),
                duties.onTime(),
                percent);
    }

    /** The median of the spans start → end of the incidents that have both, a negative span counting as zero. */
    static Duration median(
            List<IncidentFigures> figures,
            Function<IncidentFigures, Instant> start,
            Function<IncidentFigures, Instant> end) {
        List<Duration> spans = new ArrayList<>();
        for (IncidentFigures incident : figures) {
            Instant a = start.apply(incident);
            Instant b = end.apply(incident);
            if (a != null && b != null) {
                Duration span = Duration.between(a, b);
                spans.add(span.isNegative() ? Duration.ZERO : span);
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        Collections.sort(spans);
        int middle = spans.size() / 2;
        return spans.size() % 2 == 1
                ? spans.get(middle)
                : spans.get(middle - 1).plus(spans.get(middle)).dividedBy(2);
    }
}
