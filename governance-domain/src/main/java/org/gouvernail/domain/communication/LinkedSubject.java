package org.gouvernail.domain.communication;

import java.util.Objects;
import java.util.UUID;

/** Value: a register entry an action speaks about (a tool, a use case, a policy version, a decision). */
public record LinkedSubject(LinkedSubjectKind kind, UUID id) {

    public LinkedSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
