package org.gouvernail.domain.todo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Policy: how a date without a time (a review date, an action's due date, a meeting day) becomes a
 * deadline. The associations are Belgian and French: a date is a day in Brussels, and a deadline on
 * that day falls due at its last second, so that nothing is overdue on the day it is due.
 */
public final class Deadlines {

    /** The time zone the platform's dates are days of. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    /**
     * A published policy version is to be acknowledged within this time of its publication, or of the
     * member's arrival when they joined later: a month, the usual notice of an internal rule.
     */
    public static final Duration ACKNOWLEDGE_WITHIN = Duration.ofDays(30);

    private Deadlines() {}

    /** The last second of {@code day} in Brussels: a deadline on that day. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1);
    }

    /** The first second of {@code day} in Brussels: an event on that day (a meeting). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The day in Brussels an instant falls on. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
