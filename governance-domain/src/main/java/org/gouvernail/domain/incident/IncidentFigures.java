package org.gouvernail.domain.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * Read model: what the metrics need of one incident: its type, the severity in force, when it
 * occurred (may be unknown), was detected, first reached CONTAINED or a later status, and first
 * closed (null when it has not).
 */
public record IncidentFigures(
        IncidentType type,
        Severity severity,
        Instant occurredAt,
        Instant detectedAt,
        Instant containedAt,
        Instant closedAt) {

    public IncidentFigures {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }
}
