package org.gouvernail.domain.federation;

import org.gouvernail.domain.organisation.OrganisationSize;

/**
 * The size class of a member association from its staff count (the EU classes of Recommendation
 * 2003/361, with a class for associations run by volunteers only): a predefined segment.
 */
public enum SizeClass {
    /** No paid staff. */
    VOLUNTEER_RUN,
    /** 1 to 9 staff. */
    MICRO,
    /** 10 to 49 staff. */
    SMALL,
    /** 50 to 249 staff. */
    MEDIUM,
    /** 250 staff or more. */
    LARGE,
    /** The association did not give its staff count. */
    UNKNOWN;

    public static SizeClass of(OrganisationSize size) {
        if (size == null || size.staff() == null) {
            return UNKNOWN;
        }
        int staff = size.staff();
        if (staff == 0) {
            return VOLUNTEER_RUN;
        }
        if (staff < 10) {
            return MICRO;
        }
        if (staff < 50) {
            return SMALL;
        }
        return staff < 250 ? MEDIUM : LARGE;
    }
}
