package org.gouvernail.persistence.incident;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.incident.Duty;
import org.gouvernail.domain.incident.DutyCode;
import org.gouvernail.domain.incident.DutyState;
import org.gouvernail.domain.organisation.MemberId;

/** Row of table incident_duty, keyed by its code in its incident's map; equality by value. */
@Embeddable
public class DutyRow {

    public UUID organisationId;
    public String reason;
    public String authority;
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public DutyState state;

    public Instant settledAt;
    public UUID settledBy;
    public String reference;
    public String notRequiredReason;

    static DutyRow of(UUID organisationId, Duty duty) {
        DutyRow row = new DutyRow();
        row.organisationId = organisationId;
        row.reason = duty.reason();
        row.authority = duty.authority();
        row.dueAt = duty.dueAt();
        row.state = duty.state();
        row.settledAt = duty.settledAt();
        row.settledBy = duty.settledBy() == null ? null : duty.settledBy().value();
        row.reference = duty.reference();
        row.notRequiredReason = duty.notRequiredReason();
        return row;
    }

    Duty toDomain(DutyCode code) {
        return new Duty(
                code,
                reason,
                authority,
                dueAt,
                state,
                settledAt,
                settledBy == null ? null : new MemberId(settledBy),
                reference,
                notRequiredReason);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DutyRow row
                && Objects.equals(organisationId, row.organisationId)
                && Objects.equals(reason, row.reason)
                && Objects.equals(authority, row.authority)
                && Objects.equals(dueAt, row.dueAt)
                && state == row.state
                && Objects.equals(settledAt, row.settledAt)
                && Objects.equals(settledBy, row.settledBy)
                && Objects.equals(reference, row.reference)
                && Objects.equals(notRequiredReason, row.notRequiredReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, reason, dueAt, state, settledAt);
    }
}
