package org.gouvernail.domain.privacy;

import java.util.Objects;
import java.util.UUID;

/**
 * Value: why a person's data cannot be erased now: a record a legal duty obliges the organisation to
 * keep with the person's name (GDPR art. 17(3)(b) legal obligation, (e) legal claims), e.g. an open
 * incident they reported whose notification duty is still pending (art. 33).
 *
 * @param code the kind of hold ({@code incident-pending-duty})
 * @param subjectType the kind of record ({@code INCIDENT})
 */
public record ErasureHold(String code, String subjectType, UUID subjectId) {

    public ErasureHold {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
    }
}
