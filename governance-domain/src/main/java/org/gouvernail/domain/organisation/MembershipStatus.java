package org.gouvernail.domain.organisation;

/** INVITED until the person first calls the API with the invited (verified) e-mail; REVOKED keeps the history. */
public enum MembershipStatus {
    INVITED,
    ACTIVE,
    REVOKED
}
