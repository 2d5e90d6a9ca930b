package org.gouvernail.domain.inventory.assessment;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.inventory.ToolId;

/** Read model: a tool's most recent validated assessment, as stored (id, tool, date, result). */
public record ValidatedAssessment(
        AssessmentId id, ToolId toolId, Instant validatedAt, AssessmentLevel level, int score) {

    public ValidatedAssessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(toolId, "toolId");
        Objects.requireNonNull(validatedAt, "validatedAt");
        Objects.requireNonNull(level, "level");
    }
}
