package org.gouvernail.domain.shared;

import java.util.Collection;
import java.util.Objects;

/** Value checks shared by the records of every area; each failure names the offending field. */
public final class Check {

    public static final int NAME_LENGTH = 200;
    public static final int SHORT_TEXT_LENGTH = 2_000;
    public static final int LONG_TEXT_LENGTH = 50_000;

    private Check() {}

    public static String name(String field, String value) {
        return text(field, requirePresent(field, value), NAME_LENGTH);
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInput(field, "blank", field + " must not be blank", field);
        }
        if (trimmed.length() > maxLength) {
            throw new InvalidInput(
                    field, "too-long", field + " exceeds " + maxLength + " characters", field, maxLength);
        }
        return trimmed;
    }

    public static <T> T present(String field, T value) {
        return requirePresent(field, value);
    }

    public static Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInput(
                    field, "out-of-range", field + " must lie between " + min + " and " + max, field, min, max);
        }
        return value;
    }

    public static <C extends Collection<?>> C size(String field, C values, int maxItems) {
        Objects.requireNonNull(values, field);
        if (values.size() > maxItems) {
            throw new InvalidInput(
                    field, "too-many", field + " holds more than " + maxItems + " items", field, maxItems);
        }
        return values;
    }

    private static <T> T requirePresent(String field, T value) {
        if (value == null) {
            throw new InvalidInput(field, "required", field + " is required", field);
        }
        return value;
    }
}
