package org.gouvernail.domain.communication;

/** Who a communication action speaks to; TEAM names one of the organisation's teams. */
public enum Audience {
    STAFF,
    VOLUNTEERS,
    BOARD,
    WORKER_REPRESENTATIVES,
    BENEFICIARIES,
    DONORS,
    FUNDERS,
    PARTNERS,
    PUBLIC,
    TEAM
}
