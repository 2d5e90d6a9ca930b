package org.gouvernail.domain.incident;

import java.util.Objects;
import java.util.UUID;

/** Identity of a contractual notification rule. */
public record ContractDutyRuleId(UUID value) {

    public ContractDutyRuleId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
