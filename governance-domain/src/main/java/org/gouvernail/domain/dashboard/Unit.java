package org.gouvernail.domain.dashboard;

/** What an indicator's value counts. */
public enum Unit {
    /** A number of things (tools, people, risks). */
    COUNT,
    /** A share, 0 to 100, rounded half up. */
    PERCENT,
    /** A number of days. */
    DAYS,
    /** 1 for yes, 0 for no. */
    FLAG
}
