package org.gouvernail.domain.organisation;

/** The person's tie to the organisation: it drives training plans and communication. */
public enum PersonType {
    STAFF,
    VOLUNTEER,
    BOARD,
    EXTERNAL
}
