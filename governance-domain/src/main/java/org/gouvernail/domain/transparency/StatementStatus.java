package org.gouvernail.domain.transparency;

/** Life cycle of a statement version: DRAFT → IN_REVIEW → PUBLISHED (by decision) → SUPERSEDED. */
public enum StatementStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    SUPERSEDED
}
