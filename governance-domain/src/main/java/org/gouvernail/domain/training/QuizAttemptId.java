package org.gouvernail.domain.training;

import java.util.Objects;
import java.util.UUID;

/** Identity of one attempt at a module's quiz. */
public record QuizAttemptId(UUID value) {

    public QuizAttemptId {
        Objects.requireNonNull(value, "quiz attempt id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
