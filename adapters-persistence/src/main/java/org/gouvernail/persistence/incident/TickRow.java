package org.gouvernail.persistence.incident;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.incident.StepTick;
import org.gouvernail.domain.organisation.MemberId;

/** Row of table incident_checklist_tick, keyed by its step code in its incident's map; equality by value. */
@Embeddable
public class TickRow {

    public UUID organisationId;
    public UUID tickedBy;
    public Instant tickedAt;

    static TickRow of(UUID organisationId, StepTick tick) {
        TickRow row = new TickRow();
        row.organisationId = organisationId;
        row.tickedBy = tick.by().value();
        row.tickedAt = tick.at();
        return row;
    }

    StepTick toDomain(String code) {
        return new StepTick(code, new MemberId(tickedBy), tickedAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TickRow row
                && Objects.equals(organisationId, row.organisationId)
                && Objects.equals(tickedBy, row.tickedBy)
                && Objects.equals(tickedAt, row.tickedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tickedBy, tickedAt);
    }
}
