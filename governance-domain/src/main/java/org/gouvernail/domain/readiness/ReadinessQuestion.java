package org.gouvernail.domain.readiness;

import java.util.List;
import java.util.Objects;
import org.gouvernail.domain.shared.Localized;

/**
 * Value: one question of the framework: a behavioural statement ("we do this") and the five stages
 * that describe how far the association is, stage 1 (nothing yet) to stage 5 (embedded and reviewed).
 */
public record ReadinessQuestion(String code, Dimension dimension, Localized statement, List<Localized> stages) {

    public static final int STAGES = 5;

    public ReadinessQuestion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(statement, "statement");
        stages = List.copyOf(stages);
        if (stages.size() != STAGES) {
            throw new IllegalArgumentException(code + " describes " + stages.size() + " stages, not " + STAGES);
        }
    }
}
