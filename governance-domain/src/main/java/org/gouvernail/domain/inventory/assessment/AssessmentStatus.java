package org.gouvernail.domain.inventory.assessment;

/**
 * Where an assessment stands: DRAFT (editable) → SUBMITTED (awaiting validation) → VALIDATED
 * (final); a submitted assessment may be returned to DRAFT with a comment.
 */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    VALIDATED
}
