package org.gouvernail.domain.incident;

import java.util.Objects;
import org.gouvernail.domain.shared.Localized;

/** Value: one step of a containment checklist: a stable code (what is ticked) and its text in fr/en/nl. */
public record ContainmentStep(String code, Localized text) {

    public ContainmentStep {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
    }
}
