package org.gouvernail.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RiskHeatmapTest {

    private static RatedRisk risk(int n, int l, int s, Rating residual) {
        return new RatedRisk(new RiskId(new UUID(0, n)), new Rating(l, s), Optional.ofNullable(residual));
    }

    @Test
    void everyCellIsPresentWithItsCountAndRiskIdsInherentAndResidual() {
        RiskHeatmap heatmap =
                RiskHeatmap.of(List.of(risk(1, 4, 5, new Rating(2, 3)), risk(2, 4, 5, null), risk(3, 1, 1, null)));

        assertThat(heatmap.inherent()).hasSize(25);
        assertThat(heatmap.residual()).hasSize(25);
        assertThat(heatmap.openRisks()).isEqualTo(3);
        assertThat(heatmap.residualAssessed()).isEqualTo(1);
        assertThat(heatmap.inherent().get(0)).satisfies(c -> {
            assertThat(c.rating()).isEqualTo(new Rating(1, 1));
            assertThat(c.count()).isEqualTo(1);
        });
        RiskHeatmap.Cell fourFive = heatmap.inherent().get((4 - 1) * 5 + (5 - 1));
        assertThat(fourFive.rating()).isEqualTo(new Rating(4, 5));
        assertThat(fourFive.riskIds()).containsExactly(new RiskId(new UUID(0, 1)), new RiskId(new UUID(0, 2)));
        assertThat(heatmap.residual().get((4 - 1) * 5 + (5 - 1)).riskIds()).containsExactly(new RiskId(new UUID(0, 2)));
        assertThat(heatmap.residual().get((2 - 1) * 5 + (3 - 1)).riskIds()).containsExactly(new RiskId(new UUID(0, 1)));
        assertThat(heatmap.inherent().stream().mapToInt(RiskHeatmap.Cell::count).sum())
                .isEqualTo(3);
        assertThat(heatmap.residual().stream().mapToInt(RiskHeatmap.Cell::count).sum())
                .isEqualTo(3);
    }
}
