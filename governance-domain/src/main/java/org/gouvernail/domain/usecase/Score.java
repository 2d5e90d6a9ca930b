package org.gouvernail.domain.usecase;

import org.gouvernail.domain.shared.InvalidInput;

/**
 * Policy: the 1–5 scale of every sub-criterion, and how a score derives from its sub-criteria:
 * their mean rounded half up (2.5 → 3, 2.4 → 2), so that a score is again a whole 1–5 value and a
 * tie between "low" and "high" leans to "high" (an impact of 2.5 is worth looking at, a
 * complexity of 2.5 deserves caution).
 */
public final class Score {

    public static final int MIN = 1;
    public static final int MAX = 5;

    private Score() {}

    public static int check(String field, Integer value) {
        if (value == null) {
            throw new InvalidInput(field, "required", field + " is required", field);
        }
        if (value < MIN || value > MAX) {
            throw new InvalidInput(field, "out-of-range", field + " must lie between 1 and 5", field, MIN, MAX);
        }
        return value;
    }

    /** The mean of the values, rounded half up, in integer arithmetic: floor((2·sum + n) / 2n). */
    public static int roundedMean(int... values) {
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        return (2 * sum + values.length) / (2 * values.length);
    }
}
