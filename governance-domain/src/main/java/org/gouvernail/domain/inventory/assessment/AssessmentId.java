package org.gouvernail.domain.inventory.assessment;

import java.util.Objects;
import java.util.UUID;

/** Identity of a vendor security assessment. */
public record AssessmentId(UUID value) {

    public AssessmentId {
        Objects.requireNonNull(value, "assessment id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
