package org.gouvernail.persistence.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentNote;
import org.gouvernail.domain.incident.TimelineKind;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table incident_note: append-only, never updated. */
@Entity
@Table(name = "incident_note")
public class IncidentNoteEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    public TimelineKind kind;

    public Instant notedAt;
    public UUID byMember;
    public String code;
    public String detail;

    static IncidentNoteEntity from(IncidentNote note) {
        IncidentNoteEntity entity = new IncidentNoteEntity();
        entity.id = note.id();
        entity.organisationId = note.organisationId().value();
        entity.incidentId = note.incidentId().value();
        entity.kind = note.kind();
        entity.notedAt = note.at();
        entity.byMember = note.by().value();
        entity.code = note.code();
        entity.detail = note.text();
        return entity;
    }

    IncidentNote toDomain() {
        return new IncidentNote(
                id,
                new OrganisationId(organisationId),
                new IncidentId(incidentId),
                kind,
                notedAt,
                new MemberId(byMember),
                code,
                detail);
    }
}
