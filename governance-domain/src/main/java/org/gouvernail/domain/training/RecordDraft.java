package org.gouvernail.domain.training;

import java.time.LocalDate;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;

/** Command: a training someone completed outside a session (an e-learning, a briefing, coaching, attested self-study). */
public record RecordDraft(
        MemberId memberId, TrainingModuleId moduleId, LocalDate completedOn, TrainingMethod method, Evidence evidence) {

    public RecordDraft {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(method, "method");
    }
}
