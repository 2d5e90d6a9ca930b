package org.gouvernail.domain.incident;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Value: one duty an incident started: its code (and legal source), why it applies, whom to tell
 * (the supervisory authority for art. 33(1)), when it is due (null: "without undue delay", no fixed
 * clock), and how it was settled.
 */
public record Duty(
        DutyCode code,
        String reason,
        String authority,
        Instant dueAt,
        DutyState state,
        Instant settledAt,
        MemberId settledBy,
        String reference,
        String notRequiredReason) {

    public Duty {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(state, "state");
    }

    public static Duty pending(DutyCode code, String reason, String authority, Instant dueAt) {
        return new Duty(code, reason, authority, dueAt, DutyState.PENDING, null, null, null, null);
    }

    /** Still to do and past its due time. */
    public boolean lateAt(Instant now) {
        return state == DutyState.PENDING && dueAt != null && now.isAfter(dueAt);
    }

    public Duty done(String ref, MemberId by, Instant now) {
        requirePending();
        return new Duty(
                code,
                reason,
                authority,
                dueAt,
                DutyState.DONE,
                now,
                Objects.requireNonNull(by, "by"),
                Check.text("reference", ref, Check.NAME_LENGTH),
                null);
    }

    public Duty notRequired(String why, MemberId by, Instant now) {
        requirePending();
        return new Duty(
                code,
                reason,
                authority,
                dueAt,
                DutyState.NOT_REQUIRED,
                now,
                Objects.requireNonNull(by, "by"),
                null,
                Check.text("reason", Check.present("reason", why), Check.SHORT_TEXT_LENGTH));
    }

    /** The same duty computed again from changed facts: its settlement, if any, is kept. */
    Duty recomputed(Duty fresh) {
        return new Duty(
                code,
                fresh.reason,
                fresh.authority,
                fresh.dueAt,
                state,
                settledAt,
                settledBy,
                reference,
                notRequiredReason);
    }

    private void requirePending() {
        if (state != DutyState.PENDING) {
            throw new RuleViolation("duty-settled", "the duty " + code + " is already " + state, code, state);
        }
    }
}
