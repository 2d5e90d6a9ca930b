package org.gouvernail.domain.incident;

/** The harm an incident did or could do. */
public enum HarmType {
    PRIVACY,
    DISCRIMINATION,
    PHYSICAL_OR_HEALTH,
    FINANCIAL,
    REPUTATION,
    LOSS_OF_SERVICE,
    RIGHTS_OF_BENEFICIARIES,
    OTHER
}
