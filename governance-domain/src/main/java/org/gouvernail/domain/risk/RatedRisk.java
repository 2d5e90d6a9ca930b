package org.gouvernail.domain.risk;

import java.util.Objects;
import java.util.Optional;

/** Read model: the ratings of one risk that is not closed, for the heatmap. */
public record RatedRisk(RiskId id, Rating inherent, Optional<Rating> residual) {

    public RatedRisk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(inherent, "inherent");
        residual = residual == null ? Optional.empty() : residual;
    }
}
