package org.gouvernail.domain.review;

import org.gouvernail.domain.organisation.OrganisationSize;

/**
 * How often the review cycle runs: a subject that falls due is reviewed "within its cadence" when the
 * committee decides on it at most one cadence after it fell due.
 */
public enum ReviewCadence {
    MONTHLY(1),
    QUARTERLY(3),
    SEMI_ANNUAL(6),
    ANNUAL(12);

    private final int months;

    ReviewCadence(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /**
     * The default by size (staff and volunteers together): under 10 people twice a year, under 50
     * every quarter, 50 or more (the size where the Belgian whistleblowing law's deadlines apply) every
     * month; unknown size: every quarter.
     */
    public static ReviewCadence forSize(OrganisationSize size) {
        if (size == null || (size.staff() == null && size.volunteers() == null)) {
            return QUARTERLY;
        }
        int people = (size.staff() == null ? 0 : size.staff()) + (size.volunteers() == null ? 0 : size.volunteers());
        if (people < 10) {
            return SEMI_ANNUAL;
        }
        return people < 50 ? QUARTERLY : MONTHLY;
    }
}
