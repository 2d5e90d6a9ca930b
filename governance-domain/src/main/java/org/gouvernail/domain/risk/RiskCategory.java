package org.gouvernail.domain.risk;

/** What kind of harm the risk is about. */
public enum RiskCategory {
    PRIVACY,
    SECURITY,
    BIAS_DISCRIMINATION,
    RELIABILITY_HALLUCINATION,
    TRANSPARENCY,
    LEGAL_COMPLIANCE,
    REPUTATION_DONOR_TRUST,
    ENVIRONMENT,
    EMPLOYMENT_SOCIAL,
    INTELLECTUAL_PROPERTY,
    DEPENDENCY_AVAILABILITY
}
