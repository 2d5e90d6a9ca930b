package org.gouvernail.persistence.communication;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.communication.LinkedSubject;
import org.gouvernail.domain.communication.LinkedSubjectKind;

/** Mapping helper: one row of communication_action_subject, a register entry the action speaks about. */
@Embeddable
public class SubjectRow {

    @Enumerated(EnumType.STRING)
    public LinkedSubjectKind subjectKind;

    public UUID subjectId;

    public SubjectRow() {}

    SubjectRow(LinkedSubject subject) {
        this.subjectKind = subject.kind();
        this.subjectId = subject.id();
    }

    LinkedSubject toDomain() {
        return new LinkedSubject(subjectKind, subjectId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubjectRow row
                && subjectKind == row.subjectKind
                && Objects.equals(subjectId, row.subjectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subjectKind, subjectId);
    }
}
