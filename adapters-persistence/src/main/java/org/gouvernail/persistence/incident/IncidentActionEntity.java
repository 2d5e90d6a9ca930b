package org.gouvernail.persistence.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.incident.IncidentAction;
import org.gouvernail.domain.incident.IncidentActionId;
import org.gouvernail.domain.incident.IncidentActionState;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table incident_action. */
@Entity
@Table(name = "incident_action")
public class IncidentActionEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID incidentId;
    public String title;
    public UUID ownerId;
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public IncidentActionState state;

    public String note;
    public UUID createdBy;
    public Instant createdAt;
    public UUID settledBy;
    public Instant settledAt;

    @Version
    public long version;

    static IncidentActionEntity from(IncidentAction action) {
        IncidentActionEntity entity = new IncidentActionEntity();
        entity.id = action.id().value();
        entity.organisationId = action.organisationId().value();
        entity.incidentId = action.incidentId().value();
        entity.createdBy = action.createdBy().value();
        entity.createdAt = action.createdAt();
        entity.version = action.version();
        entity.apply(action);
        return entity;
    }

    void apply(IncidentAction action) {
        title = action.title();
        ownerId = action.ownerId().value();
        dueOn = action.dueOn();
        state = action.state();
        note = action.note();
        settledBy = action.settledBy() == null ? null : action.settledBy().value();
        settledAt = action.settledAt();
    }

    IncidentAction toDomain() {
        return new IncidentAction(
                new IncidentActionId(id),
                new OrganisationId(organisationId),
                new IncidentId(incidentId),
                title,
                new MemberId(ownerId),
                dueOn,
                state,
                note,
                new MemberId(createdBy),
                createdAt,
                settledBy == null ? null : new MemberId(settledBy),
                settledAt,
                version);
    }
}
