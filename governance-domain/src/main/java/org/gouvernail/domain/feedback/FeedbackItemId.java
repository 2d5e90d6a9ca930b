package org.gouvernail.domain.feedback;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a feedback item: a random UUID (version 4), never a time-ordered one, so that the id
 * of an anonymous item tells nobody when it was written.
 */
public record FeedbackItemId(UUID value) {

    public FeedbackItemId {
        Objects.requireNonNull(value, "feedback item id");
    }

    public static FeedbackItemId random() {
        return new FeedbackItemId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
