package org.gouvernail.domain.catalogue;

import java.util.Objects;
import org.gouvernail.domain.shared.DataCategory;

/**
 * What the local re-evaluation of an adopted entry finds. A blocking finding keeps the tool from
 * approval until the member's own vendor assessment covers its data.
 *
 * @param declared the member's data category concerned (null when the finding is not about data)
 * @param ceiling the entry's data ceiling
 */
public record AdoptionFinding(Code code, boolean blocking, DataCategory declared, DataCategory ceiling) {

    public enum Code {
        /** The member uses data above what the federation assessed: the blocking rule fires locally. */
        DATA_ABOVE_CEILING,
        /** The federation does not recommend the tool: the member's committee decides knowingly. */
        NOT_RECOMMENDED,
        /** The federation allows it under conditions the member's committee must adopt. */
        CONDITIONS_APPLY,
        /** The federation's assessment itself is BLOCKED. */
        ASSESSMENT_BLOCKED
    }

    public AdoptionFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ceiling, "ceiling");
    }
}
