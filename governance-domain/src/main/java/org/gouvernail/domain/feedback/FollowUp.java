package org.gouvernail.domain.feedback;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.shared.Check;

/**
 * Value: one follow-up of a feedback item, the link from the item to what it caused: the risk
 * raised ({@code targetId} is the risk), the policy version drafted or joined ({@code targetId}
 * is the policy, {@code policyVersion} the version's number) with the change note that cites the
 * item, the training module that answers a training need, the meeting whose agenda took the item,
 * the incident opened from it, or the communication action planned ({@code targetId} the action,
 * {@code parentId} its plan: the only kind with a parent).
 */
public record FollowUp(
        FollowUpKind kind, UUID targetId, Integer policyVersion, String note, LocalDate linkedOn, UUID parentId) {

    /** A follow-up whose target has no parent: every kind but COMMUNICATION. */
    public FollowUp(FollowUpKind kind, UUID targetId, Integer policyVersion, String note, LocalDate linkedOn) {
        this(kind, targetId, policyVersion, note, linkedOn, null);
    }

    public FollowUp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(linkedOn, "linkedOn");
        note = Check.text("note", note, Check.SHORT_TEXT_LENGTH);
        if (kind == FollowUpKind.POLICY_REVISION) {
            Objects.requireNonNull(policyVersion, "policyVersion");
        } else {
            policyVersion = null;
        }
        if (kind == FollowUpKind.COMMUNICATION) {
            Objects.requireNonNull(parentId, "parentId");
        } else {
            parentId = null;
        }
    }

    public boolean revises(UUID policyId, int number) {
        return kind == FollowUpKind.POLICY_REVISION && targetId.equals(policyId) && policyVersion == number;
    }

    /** The change note of a policy revision: it cites the item by id and kind, never by its text. */
    public static String changeNote(FeedbackItem item, String handlersNote) {
        String cited = "feedback " + item.id() + " (" + item.kind() + ")";
        return handlersNote == null || handlersNote.isBlank() ? cited : cited + ": " + handlersNote.strip();
    }
}
