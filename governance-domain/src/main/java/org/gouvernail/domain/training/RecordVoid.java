package org.gouvernail.domain.training;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;

/**
 * Value: the correction of a wrong record: why, by whom, when, and the record that replaces it when
 * there is one. The record itself is never changed: the void is written beside it.
 */
public record RecordVoid(String reason, MemberId voidedBy, Instant voidedAt, TrainingRecordId replacedBy) {

    public RecordVoid {
        reason = Check.text("reason", Check.present("reason", reason), Check.SHORT_TEXT_LENGTH);
        Objects.requireNonNull(voidedBy, "voidedBy");
        Objects.requireNonNull(voidedAt, "voidedAt");
    }
}
