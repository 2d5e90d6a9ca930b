package org.gouvernail.domain.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Read model: what the registers of one organisation count on one day: a value per indicator code
 * (absent when it cannot be computed, e.g. the days since a first meeting never held) and the
 * breakdowns shown beside them (tools by status, the risk grids, the use-case matrix).
 */
public record Figures(
        Map<String, Long> values,
        Map<String, Long> toolsByStatus,
        List<GridCell> inherentRisks,
        List<GridCell> residualRisks,
        List<MatrixCell> useCases) {

    public Figures {
        values = Map.copyOf(values);
        toolsByStatus = Map.copyOf(toolsByStatus);
        inherentRisks = List.copyOf(inherentRisks);
        residualRisks = List.copyOf(residualRisks);
        useCases = List.copyOf(useCases);
    }

    public Optional<Long> value(String code) {
        return Optional.ofNullable(values.get(code));
    }

    /** One cell of a 5 × 5 risk grid that holds at least one risk. */
    public record GridCell(int likelihood, int severity, long count) {}

    /**
     * One cell of the use-case matrix: a quadrant (QUICK_WIN, MAJOR_PROJECT, FILL_IN, AVOID or
     * UNSCORED) crossed with a lifecycle status, and how many use cases sit there.
     */
    public record MatrixCell(String quadrant, String status, long count) {

        public MatrixCell {
            Objects.requireNonNull(quadrant, "quadrant");
            Objects.requireNonNull(status, "status");
        }
    }
}
