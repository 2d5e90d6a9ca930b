package org.gouvernail.domain.readiness;

/** A campaign takes answers while OPEN; CLOSED, its results are the record of that moment. */
public enum CampaignStatus {
    OPEN,
    CLOSED
}
