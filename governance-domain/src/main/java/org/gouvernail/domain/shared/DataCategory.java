package org.gouvernail.domain.shared;

/**
 * The one scale of data sensitivity used everywhere, from least to most protected. The order
 * matters: rules say "PERSONAL or above".
 */
public enum DataCategory {
    PUBLIC,
    INTERNAL,
    PERSONAL,
    /** GDPR art. 9 special categories (health, religion, ...). */
    SENSITIVE,
    /** Data about beneficiaries in a vulnerable situation: the association's highest duty of care. */
    BENEFICIARY_VULNERABLE;

    public boolean atLeast(DataCategory other) {
        return compareTo(other) >= 0;
    }
}
