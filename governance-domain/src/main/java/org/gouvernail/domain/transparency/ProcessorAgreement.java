package org.gouvernail.domain.transparency;

/**
 * Whether a processor agreement (GDPR art. 28) covers a tool, as its latest validated vendor
 * assessment answers checklist item V01: IN_PLACE (YES), PARTIAL, MISSING (NO), UNKNOWN (unknown or
 * answered "not applicable"), NOT_ASSESSED (no validated assessment).
 */
public enum ProcessorAgreement {
    IN_PLACE,
    PARTIAL,
    MISSING,
    UNKNOWN,
    NOT_ASSESSED
}
