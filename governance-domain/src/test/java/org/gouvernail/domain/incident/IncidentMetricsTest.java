package org.gouvernail.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentMetricsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private static IncidentFigures figures(
            Severity severity, Long occurredH, long detectedH, Long containedH, Long closedH) {
        return new IncidentFigures(
                IncidentType.OTHER,
                severity,
                occurredH == null ? null : T0.plus(Duration.ofHours(occurredH)),
                T0.plus(Duration.ofHours(detectedH)),
                containedH == null ? null : T0.plus(Duration.ofHours(containedH)),
                closedH == null ? null : T0.plus(Duration.ofHours(closedH)));
    }

    @Test
    void mediansAreTakenOverTheIncidentsThatReachedTheStepAndPercentagesRoundToOneDecimal() {
        IncidentMetrics metrics = IncidentMetrics.of(
                T0,
                T0.plus(Duration.ofDays(31)),
                List.of(
                        figures(Severity.LOW, 0L, 1, 3L, null),
                        figures(Severity.LOW, 0L, 5, 6L, 10L),
                        figures(Severity.HIGH, null, 7, 20L, 8L)),
                new DutyTally(3, 2));
        assertThat(metrics.incidents()).isEqualTo(3);
        assertThat(metrics.bySeverity()).containsEntry(Severity.LOW, 2).containsEntry(Severity.HIGH, 1);
        assertThat(metrics.medianTimeToDetect()).isEqualTo(Duration.ofHours(3)); // 1 h, 5 h
        assertThat(metrics.medianTimeToContain()).isEqualTo(Duration.ofHours(2)); // 2 h, 1 h, 13 h
        assertThat(metrics.medianTimeToClose()).isEqualTo(Duration.ofHours(3)); // 5 h, 1 h
        assertThat(metrics.dutiesOnTimePercent()).isEqualTo(66.7);
    }

    @Test
    void nothingToMeasureGivesNulls() {
        IncidentMetrics metrics = IncidentMetrics.of(T0, T0.plusSeconds(1), List.of(), new DutyTally(0, 0));
        assertThat(metrics.medianTimeToDetect()).isNull();
        assertThat(metrics.medianTimeToClose()).isNull();
        assertThat(metrics.dutiesOnTimePercent()).isNull();
        assertThat(metrics.byType()).isEmpty();
    }
}
