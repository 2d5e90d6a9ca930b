package org.gouvernail.persistence.feedback;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.feedback.FollowUp;
import org.gouvernail.domain.feedback.FollowUpKind;

/** Row of table feedback_follow_up, at its position in its item's follow-ups; equality by value. */
@Embeddable
public class FollowUpRow {

    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    public FollowUpKind kind;

    public UUID targetId;
    public Integer policyVersion;
    public UUID parentId;
    public String note;
    public LocalDate linkedOn;

    static FollowUpRow of(UUID organisationId, FollowUp followUp) {
        FollowUpRow row = new FollowUpRow();
        row.organisationId = organisationId;
        row.kind = followUp.kind();
        row.targetId = followUp.targetId();
        row.policyVersion = followUp.policyVersion();
        row.parentId = followUp.parentId();
        row.note = followUp.note();
        row.linkedOn = followUp.linkedOn();
        return row;
    }

    FollowUp toDomain() {
        return new FollowUp(kind, targetId, policyVersion, note, linkedOn, parentId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FollowUpRow row
                && Objects.equals(organisationId, row.organisationId)
                && kind == row.kind
                && Objects.equals(targetId, row.targetId)
                && Objects.equals(policyVersion, row.policyVersion)
                && Objects.equals(parentId, row.parentId)
                && Objects.equals(note, row.note)
                && Objects.equals(linkedOn, row.linkedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, kind, targetId, policyVersion, parentId, note, linkedOn);
    }
}
