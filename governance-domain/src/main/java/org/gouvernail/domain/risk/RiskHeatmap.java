package org.gouvernail.domain.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Read model: the 5 × 5 grid of the risks that are not closed, once with their inherent rating and
 * once with their residual rating (the inherent one for a risk whose residual rating nobody has
 * assessed yet). Cells come likelihood 1–5, then severity 1–5; each lists the ids of its risks,
 * oldest first, at most {@link #MAX_IDS_PER_CELL} (the count is always exact).
 */
public record RiskHeatmap(int openRisks, int residualAssessed, List<Cell> inherent, List<Cell> residual) {

    public static final int MAX_IDS_PER_CELL = 200;

    public RiskHeatmap {
        inherent = List.copyOf(inherent);
        residual = List.copyOf(residual);
    }

    /** One cell of the grid. */
    public record Cell(int likelihood, int severity, int count, List<RiskId> riskIds) {

        public Cell {
            riskIds = List.copyOf(riskIds);
        }

        public Rating rating() {
            return new Rating(likelihood, severity);
        }
    }

    public static RiskHeatmap of(List<RatedRisk> risks) {
        int assessed =
                (int) risks.stream().filter(r -> r.residual().isPresent()).count();
        return new RiskHeatmap(
                risks.size(),
                assessed,
                grid(risks, RatedRisk::inherent),
                grid(risks, r -> r.residual().orElse(r.inherent())));
    }

    private static List<Cell> grid(List<RatedRisk> risks, Function<RatedRisk, Rating> rating) {
        List<Cell> cells = new ArrayList<>();
        for (int likelihood = Rating.MIN; likelihood <= Rating.MAX; likelihood++) {
            for (int severity = Rating.MIN; severity <= Rating.MAX; severity++) {
                Rating cell = new Rating(likelihood, severity);
                List<RiskId> ids = risks.stream()
                        .filter(r -> rating.apply(r).equals(cell))
                        .map(RatedRisk::id)
                        .toList();
                cells.add(new Cell(
                        likelihood, severity, ids.size(), ids.subList(0, Math.min(ids.size(), MAX_IDS_PER_CELL))));
            }
        }
        return cells;
    }
}
