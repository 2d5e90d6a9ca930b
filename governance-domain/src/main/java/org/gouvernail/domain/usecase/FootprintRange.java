package org.gouvernail.domain.usecase;

/** Value: an estimate as a range, never a falsely precise number; low ≤ high. */
public record FootprintRange(double low, double high) {

    public static final FootprintRange ZERO = new FootprintRange(0, 0);

    public FootprintRange {
        if (low > high || low < 0) {
            throw new IllegalArgumentException("range " + low + "-" + high);
        }
    }

    public FootprintRange plus(FootprintRange other) {
        return new FootprintRange(low + other.low, high + other.high);
    }

    public FootprintRange times(double lowFactor, double highFactor) {
        return new FootprintRange(low * lowFactor, high * highFactor);
    }

    /** Rounded to three significant digits, for display and JSON. */
    public FootprintRange rounded() {
        return new FootprintRange(round(low), round(high));
    }

    private static double round(double value) {
        if (value == 0) {
            return 0;
        }
        return new java.math.BigDecimal(value)
                .round(new java.math.MathContext(3))
                .doubleValue();
    }
}
