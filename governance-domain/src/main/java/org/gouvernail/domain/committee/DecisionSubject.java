package org.gouvernail.domain.committee;

/** What a decision is about. */
public enum DecisionSubject {
    TOOL,
    USE_CASE,
    APPROVAL_REQUEST,
    RISK_ACCEPTANCE,
    /** Publishes a policy version (IN_REVIEW) when approved; a rejection returns it to DRAFT. */
    POLICY_VERSION,
    OTHER
}
