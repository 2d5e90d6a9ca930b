package org.gouvernail.domain.usecase;

import java.util.Objects;

/**
 * Value: a follow-up a values-check concern suggests: a risk of the starter catalogue (its code,
 * e.g. "R06"), a condition for the committee, a training need (a training {@code Topic} name) or a
 * communication action; conditions and communication actions are text codes worded by adapters.
 */
public record FollowUp(FollowUpKind kind, String code) {

    /** What the follow-up is. */
    public enum FollowUpKind {
        RISK,
        CONDITION,
        TRAINING,
        COMMUNICATION
    }

    public FollowUp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
    }

    public static FollowUp risk(String catalogueCode) {
        return new FollowUp(FollowUpKind.RISK, catalogueCode);
    }

    public static FollowUp condition(String code) {
        return new FollowUp(FollowUpKind.CONDITION, code);
    }

    public static FollowUp training(String topic) {
        return new FollowUp(FollowUpKind.TRAINING, topic);
    }

    public static FollowUp communication(String code) {
        return new FollowUp(FollowUpKind.COMMUNICATION, code);
    }
}
