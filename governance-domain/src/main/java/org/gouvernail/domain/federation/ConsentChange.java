package org.gouvernail.domain.federation;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.committee.DecisionId;

/**
 * Value: one entry of a link's consent history, never changed once recorded: a consent to share an
 * indicator granted (with its granularity, and the committee decision it follows, if any) or revoked.
 *
 * @param sequence the entry's rank in the link's history, from 1
 */
public record ConsentChange(
        int sequence, String indicator, Kind kind, Granularity granularity, DecisionId decisionId, Instant at) {

    /** Whether the entry grants (or changes) a consent, or revokes it. */
    public enum Kind {
        GRANTED,
        REVOKED
    }

    public ConsentChange {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if ((kind == Kind.GRANTED) != (granularity != null)) {
            throw new IllegalArgumentException("a grant has a granularity, a revocation none");
        }
    }
}
