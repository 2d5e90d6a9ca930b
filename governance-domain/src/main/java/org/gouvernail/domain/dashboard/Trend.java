package org.gouvernail.domain.dashboard;

import java.time.LocalDate;

/**
 * Value: how an indicator moved against the previous period: the snapshot value of
 * {@code previousDay} (the last snapshot at or before the start of the period), the difference, and
 * whether that is an improvement given which way is better.
 */
public record Trend(LocalDate previousDay, long previous, long delta, Direction direction, Judgement judgement) {

    public enum Direction {
        UP,
        DOWN,
        FLAT
    }

    public enum Judgement {
        BETTER,
        WORSE,
        SAME,
        /** The indicator describes, it does not judge (Better.NEUTRAL). */
        NEUTRAL
    }

    /** The trend of {@code indicator} from {@code previous} (on {@code previousDay}) to {@code current}. */
    public static Trend of(Indicator indicator, LocalDate previousDay, long previous, long current) {
        long delta = current - previous;
        Direction direction = delta > 0 ? Direction.UP : delta < 0 ? Direction.DOWN : Direction.FLAT;
        Judgement judgement;
        if (indicator.better() == Better.NEUTRAL) {
            judgement = Judgement.NEUTRAL;
        } else if (direction == Direction.FLAT) {
            judgement = Judgement.SAME;
        } else {
            boolean rose = direction == Direction.UP;
            judgement = rose == (indicator.better() == Better.UP) ? Judgement.BETTER : Judgement.WORSE;
        }
        return new Trend(previousDay, previous, delta, direction, judgement);
    }
}
