package org.gouvernail.domain.usecase;

import java.util.Objects;

/**
 * Reference data: one coefficient of the footprint model, as a range (low = high for a single
 * published figure), with its unit, its source, the date of the figure and whether the value was read
 * in the source while writing this table ({@code verified}) or is a stated assumption of the project.
 */
public record Coefficient(
        String code, double low, double high, String unit, String source, String asOf, boolean verified) {

    public Coefficient {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        if (low > high) {
            throw new IllegalArgumentException(code + ": low above high");
        }
    }
}
