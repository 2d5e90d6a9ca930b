package org.gouvernail.domain.training;

import java.util.Objects;
import java.util.UUID;

/** Identity of a training module of an organisation. */
public record TrainingModuleId(UUID value) {

    public TrainingModuleId {
        Objects.requireNonNull(value, "training module id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
