package org.gouvernail.domain.risk;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;

/**
 * Value: who accepted the risk, when, and why; {@code decisionId} names the committee decision
 * when one accepted it (the only way a HIGH or CRITICAL risk is accepted), null otherwise.
 */
public record Acceptance(String rationale, MemberId acceptedBy, Instant acceptedAt, java.util.UUID decisionId) {

    public Acceptance(String rationale, MemberId acceptedBy, Instant acceptedAt) {
        this(rationale, acceptedBy, acceptedAt, null);
    }

    public boolean byDecision() {
        return decisionId != null;
    }

    public Acceptance {
        rationale = Check.text("rationale", Check.present("rationale", rationale), Check.SHORT_TEXT_LENGTH);
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
