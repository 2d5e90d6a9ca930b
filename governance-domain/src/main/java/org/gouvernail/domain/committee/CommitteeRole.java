package org.gouvernail.domain.committee;

/** The seat a member holds on the committee. */
public enum CommitteeRole {
    CHAIR,
    SECRETARY,
    DATA_REFERENT,
    MEMBER
}
