package org.gouvernail.domain.training;

import java.util.Objects;
import java.util.UUID;

/** Identity of a training record (one person completed one module). */
public record TrainingRecordId(UUID value) {

    public TrainingRecordId {
        Objects.requireNonNull(value, "training record id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
