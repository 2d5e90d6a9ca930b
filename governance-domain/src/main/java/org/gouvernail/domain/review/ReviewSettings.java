package org.gouvernail.domain.review;

import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.shared.Check;

/**
 * Value: an organisation's review cycle: its cadence and the lead time, in days, at which the agenda
 * of the next meeting is prepared (what falls due within the lead time is due now).
 *
 * @param custom whether the organisation chose them (false: the defaults from its size)
 */
public record ReviewSettings(ReviewCadence cadence, int leadTimeDays, boolean custom, long version) {

    public static final int DEFAULT_LEAD_TIME_DAYS = 14;
    public static final int MAX_LEAD_TIME_DAYS = 90;

    public ReviewSettings {
        Check.present("cadence", cadence);
        Check.range("leadTimeDays", leadTimeDays, 0, MAX_LEAD_TIME_DAYS);
    }

    public static ReviewSettings defaultFor(OrganisationSize size) {
        return new ReviewSettings(ReviewCadence.forSize(size), DEFAULT_LEAD_TIME_DAYS, false, 0);
    }
}
