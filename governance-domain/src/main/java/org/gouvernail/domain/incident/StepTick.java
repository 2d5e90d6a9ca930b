package org.gouvernail.domain.incident;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;

/** Value: a containment step ticked on an incident: which step, by whom, when. */
public record StepTick(String code, MemberId by, Instant at) {

    public StepTick {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
