package org.gouvernail.domain.todo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;

/** How often a person receives the summary of what they must do: never, every day, or every week. */
public enum DigestFrequency {
    NONE,
    DAILY,
    WEEKLY;

    /**
     * The period a digest sent at {@code now} belongs to ("2026-11-30", or the ISO week "2026-W49"):
     * one digest per person and period, whichever instance sends it and whenever in the period the
     * first run after the digest hour comes (Monday morning for a weekly digest, unless the service was
     * down); empty for NONE.
     */
    public Optional<String> periodAt(Instant now) {
        LocalDate day = Deadlines.dayOf(now);
        return switch (this) {
            case NONE -> Optional.empty();
            case DAILY -> Optional.of(day.toString());
            case WEEKLY ->
                Optional.of(String.format(
                        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        };
    }

    /** How far ahead a digest looks: the month to come, as the to-do list does by default. */
    public Duration horizon() {
        return Duration.ofDays(30);
    }
}
