package org.gouvernail.domain.feedback;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life cycle of a feedback item: RECEIVED → ACKNOWLEDGED → TRIAGED → ACTION_PLANNED → CLOSED
 * (with an answer to the reporter), or DISMISSED (with a reason) from any open state. A step may
 * be skipped forward (a simple question is acknowledged and closed), never taken back.
 */
public enum FeedbackStatus {
    RECEIVED,
    ACKNOWLEDGED,
    TRIAGED,
    ACTION_PLANNED,
    CLOSED,
    DISMISSED;

    public static final Set<FeedbackStatus> OPEN = EnumSet.of(RECEIVED, ACKNOWLEDGED, TRIAGED, ACTION_PLANNED);

    public boolean open() {
        return OPEN.contains(this);
    }

    public boolean canMoveTo(FeedbackStatus target) {
        if (!open() || target == RECEIVED) {
            return false;
        }
        if (target == DISMISSED) {
            return true;
        }
        // TRIAGED, ACTION_PLANNED and CLOSED need the item acknowledged first: the 7-day duty is never skipped
        return this != RECEIVED ? target.ordinal() > ordinal() : target == ACKNOWLEDGED;
    }
}
