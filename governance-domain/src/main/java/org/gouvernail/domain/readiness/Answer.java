package org.gouvernail.domain.readiness;

import java.util.Objects;
import java.util.Optional;
import org.gouvernail.domain.shared.Check;

/** Value: one answer, a stage 1 to 5, or "I don't know" (no stage), which is counted, not dropped. */
public record Answer(String question, Integer stage) {

    public Answer {
        Objects.requireNonNull(question, "question");
        Check.range("stage", stage, 1, ReadinessQuestion.STAGES);
    }

    public static Answer dontKnow(String question) {
        return new Answer(question, null);
    }

    public boolean known() {
        return stage != null;
    }

    public Optional<Integer> stageIfKnown() {
        return Optional.ofNullable(stage);
    }
}
