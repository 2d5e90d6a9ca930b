package org.gouvernail.domain.usecase;

/** The six themes of the values check, in the order a form shows them. */
public enum ValuesTheme {
    EQUITY,
    AUTONOMY,
    TRANSPARENCY,
    HUMAN_RIGHTS,
    MISSION,
    WORK
}
