package org.gouvernail.domain.usecase;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Value: an obligation the AI Act puts on the association for a use case, in one of its roles,
 * with the article it comes from and the date from which it applies (art. 113 as amended by
 * Regulation (EU) 2026/1744). The code is worded by adapters.
 */
public record Duty(String code, OperatorRole role, Citation citation, LocalDate appliesFrom) {

    public Duty {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(appliesFrom, "appliesFrom");
    }
}
