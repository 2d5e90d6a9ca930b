package org.gouvernail.domain.readiness;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Value: a roadmap action the association accepted (or skipped): its status and the object accepting
 * it created, so that accepting again creates nothing twice.
 */
public record RoadmapStep(RoadmapAction action, StepStatus status, UUID createdId, Instant changedAt) {

    public RoadmapStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
