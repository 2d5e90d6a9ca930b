package org.gouvernail.domain.training;

import java.util.Objects;
import java.util.UUID;

/** Identity of a training session (a date when people follow modules together). */
public record TrainingSessionId(UUID value) {

    public TrainingSessionId {
        Objects.requireNonNull(value, "training session id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
