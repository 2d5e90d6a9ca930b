package org.gouvernail.domain.federation;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.committee.DecisionId;

/**
 * Value: a consent in force: the member shares {@code indicator} with the federation at this
 * granularity since {@code since}, optionally by a committee decision.
 */
public record SharingConsent(String indicator, Granularity granularity, DecisionId decisionId, Instant since) {

    public SharingConsent {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(since, "since");
    }
}
