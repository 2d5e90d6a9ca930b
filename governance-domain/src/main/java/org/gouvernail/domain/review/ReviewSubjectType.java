package org.gouvernail.domain.review;

/** What kind of subject a review is about; the audit trail's subject type of that area. */
public enum ReviewSubjectType {
    POLICY_VERSION,
    TOOL,
    RISK,
    DECISION,
    USE_CASE,
    TRAINING_MODULE,
    INCIDENT,
    FEEDBACK
}
