package org.gouvernail.domain.training;

/** An ACTIVE requirement asks people to train; a RETIRED one stays for the dossiers that cite it. */
public enum RequirementStatus {
    ACTIVE,
    RETIRED
}
