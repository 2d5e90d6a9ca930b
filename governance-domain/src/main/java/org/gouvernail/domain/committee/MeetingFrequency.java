package org.gouvernail.domain.committee;

/** How often the charter says the committee meets. */
public enum MeetingFrequency {
    MONTHLY,
    BIMONTHLY,
    QUARTERLY,
    SEMI_ANNUAL,
    AD_HOC
}
