package org.gouvernail.domain.risk;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;

/** Value: who accepted the risk, when, and why. */
public record Acceptance(String rationale, MemberId acceptedBy, Instant acceptedAt) {

    public Acceptance {
        rationale = Check.text("rationale", Check.present("rationale", rationale), Check.SHORT_TEXT_LENGTH);
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
    }
}
