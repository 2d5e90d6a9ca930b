package org.gouvernail.domain.federation;

import java.util.Objects;
import java.util.regex.Pattern;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: the region a member association works in, an ISO 3166-2 subdivision code (BE-BRU, BE-WAL,
 * FR-IDF) or a country code alone: a segment of the federation dashboard, set on the link.
 */
public record Region(String code) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    public Region {
        Objects.requireNonNull(code, "code");
        code = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInput(
                    "region", "pattern", "region must match " + CODE.pattern(), "region", CODE.pattern());
        }
    }

    /** The region of this code, or null for a null or blank one. */
    public static Region ofNullable(String code) {
        return code == null || code.isBlank() ? null : new Region(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
