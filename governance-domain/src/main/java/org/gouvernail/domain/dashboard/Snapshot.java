package org.gouvernail.domain.dashboard;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** Value: the indicator values of one organisation as recorded on one day. */
public record Snapshot(LocalDate day, Map<String, Long> values) {

    public Snapshot {
        Objects.requireNonNull(day, "day");
        values = Map.copyOf(values);
    }
}
