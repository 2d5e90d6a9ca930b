package org.gouvernail.rest.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.incident.IncidentMetrics;
import org.gouvernail.domain.incident.IncidentType;
import org.gouvernail.domain.incident.Severity;

/** JSON of the incident metrics. */
final class IncidentMetricsJson {

    private IncidentMetricsJson() {}

    @Schema(name = "IncidentCountByType")
    record TypeCount(
            IncidentType type,
            @Schema(minimum = "0", maximum = "10000") int count) {}

    @Schema(name = "IncidentCountBySeverity")
    record SeverityCount(
            Severity severity,
            @Schema(minimum = "0", maximum = "10000") int count) {}

    @Schema(
            name = "IncidentMetrics",
            description = "The incidents detected in [from, to): counts, median times (ISO-8601 durations; null when "
                    + "no incident reached the step) and the share of clocked duties done on time")
    record View(
            Instant from,
            Instant to,
            @Schema(minimum = "0", maximum = "10000") int incidents,
            @Schema(maxItems = 13) List<TypeCount> byType,
            @Schema(maxItems = 4) List<SeverityCount> bySeverity,

            @Schema(nullable = true, maxLength = 40, examples = "PT3H", description = "occurred → detected")
            String medianTimeToDetect,

            @Schema(nullable = true, maxLength = 40, description = "detected → first CONTAINED (or a later status)")
            String medianTimeToContain,

            @Schema(nullable = true, maxLength = 40, description = "detected → first CLOSED")
            String medianTimeToClose,

            @Schema(
                    minimum = "0",
                    maximum = "100000",
                    description = "Clocked duties whose time has come: done, or pending past due")
            long dutiesDue,

            @Schema(minimum = "0", maximum = "100000") long dutiesOnTime,

            @Schema(nullable = true, minimum = "0", maximum = "100", description = "null when no duty was due")
            Double dutiesOnTimePercent) {

        static View from(IncidentMetrics metrics) {
            return new View(
                    metrics.from(),
                    metrics.to(),
                    metrics.incidents(),
                    metrics.byType().entrySet().stream()
                            .map(entry -> new TypeCount(entry.getKey(), entry.getValue()))
                            .toList(),
                    metrics.bySeverity().entrySet().stream()
                            .map(entry -> new SeverityCount(entry.getKey(), entry.getValue()))
                            .toList(),
                    iso(metrics.medianTimeToDetect()),
                    iso(metrics.medianTimeToContain()),
                    iso(metrics.medianTimeToClose()),
                    metrics.dutiesDue(),
                    metrics.dutiesOnTime(),
                    metrics.dutiesOnTimePercent());
        }

        private static String iso(Duration duration) {
            return duration == null ? null : duration.toString();
        }
    }
}
