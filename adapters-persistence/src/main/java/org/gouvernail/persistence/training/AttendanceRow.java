package org.gouvernail.persistence.training;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.training.AttendanceStatus;

/**
 * Row of table training_attendance, keyed by the member's id in its session's map. Equality by value
 * lets the session rewrite only the marks that changed.
 */
@Embeddable
public class AttendanceRow {

    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    public AttendanceStatus attendance;

    public AttendanceRow() {}

    AttendanceRow(UUID organisationId, AttendanceStatus attendance) {
        this.organisationId = organisationId;
        this.attendance = attendance;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttendanceRow row
                && Objects.equals(organisationId, row.organisationId)
                && attendance == row.attendance;
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, attendance);
    }
}
