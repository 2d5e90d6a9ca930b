package org.gouvernail.domain.dashboard;

import java.util.Objects;
import java.util.regex.Pattern;
import org.gouvernail.domain.shared.Localized;

/**
 * Value: one indicator of the catalogue: a stable code (shared with the reports and, later, the
 * federations), the section it belongs to, its unit, which way is better, and what it counts.
 */
public record Indicator(String code, Section section, Unit unit, Better better, Localized label, Localized definition) {

    private static final Pattern CODE = Pattern.compile("[a-z]+(\\.[a-z0-9_]+)+");

    public Indicator {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches() || code.length() > 60) {
            throw new IllegalArgumentException("indicator code " + code);
        }
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(better, "better");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
    }
}
