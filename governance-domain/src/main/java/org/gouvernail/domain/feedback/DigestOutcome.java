package org.gouvernail.domain.feedback;

/**
 * Where an item of the "you said, we did" digest stands: waiting for its acknowledgement, heard
 * (acknowledged, triaged, answered) without a follow-up, acted on (at least one follow-up: a risk, a
 * policy revision, a training need, …), or dismissed with a reason.
 */
public enum DigestOutcome {
    RECEIVED,
    ACKNOWLEDGED,
    ACTED_ON,
    DISMISSED;

    public static DigestOutcome of(FeedbackStatus status, boolean followedUp) {
        if (status == FeedbackStatus.DISMISSED) {
            return DISMISSED;
        }
        if (followedUp) {
            return ACTED_ON;
        }
        return status == FeedbackStatus.RECEIVED ? RECEIVED : ACKNOWLEDGED;
    }
}
