package org.gouvernail.domain.readiness;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/** Value: whether the association applies a recommended practice; not applying it needs a written explanation. */
public record PracticeDecision(Practice practice, PracticeStatus status, String explanation, Instant decidedAt) {

    public PracticeDecision {
        Objects.requireNonNull(practice, "practice");
        Check.present("status", status);
        explanation = Check.text("explanation", explanation, Check.SHORT_TEXT_LENGTH);
        if (status == PracticeStatus.NOT_APPLIED && explanation == null) {
            throw new InvalidInput(
                    "explanation",
                    "explanation-required",
                    "a practice not applied needs its written explanation (apply or explain)",
                    "explanation");
        }
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
