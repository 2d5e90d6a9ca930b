package org.gouvernail.domain.committee;

/** What a decision is about. */
public enum DecisionSubject {
    TOOL,
    USE_CASE,
    APPROVAL_REQUEST,
    RISK_ACCEPTANCE,
    OTHER
}
