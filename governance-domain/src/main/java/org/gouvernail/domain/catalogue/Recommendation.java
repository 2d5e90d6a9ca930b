package org.gouvernail.domain.catalogue;

/** The federation's advice on a catalogued tool; conditions are required for ALLOWED_WITH_CONDITIONS. */
public enum Recommendation {
    RECOMMENDED,
    ALLOWED_WITH_CONDITIONS,
    NOT_RECOMMENDED
}
