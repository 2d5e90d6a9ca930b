package org.gouvernail.domain.committee;

import java.util.Objects;
import java.util.UUID;

/**
 * Read model: a subject submitted to the committee and waiting for its decision, as the area that
 * owns it describes it: a policy version names its policy (parentId), title and number.
 */
public record AwaitingDecision(DecisionSubject subject, UUID subjectId, UUID parentId, String title, int number) {

    public AwaitingDecision {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectId, "subjectId");
    }
}
