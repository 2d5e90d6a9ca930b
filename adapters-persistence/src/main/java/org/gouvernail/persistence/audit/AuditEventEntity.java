package org.gouvernail.persistence.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.shared.OrganisationId;
import org.hibernate.annotations.Immutable;

/** Row of table audit_event; immutable, so Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public Instant occurredAt;
    public String actorSubject;
    public String actorName;
    public String action;
    public String subjectType;
    public UUID subjectId;
    public String summary;

    static AuditEventEntity from(AuditEvent event) {
        AuditEventEntity entity = new AuditEventEntity();
        entity.id = event.id();
        entity.organisationId = event.organisationId().value();
        entity.occurredAt = event.occurredAt();
        entity.actorSubject = event.actorSubject();
        entity.actorName = event.actorName();
        entity.action = event.action();
        entity.subjectType = event.subjectType();
        entity.subjectId = event.subjectId();
        entity.summary = event.summary();
        return entity;
    }

    AuditEvent toDomain() {
        return new AuditEvent(
                id,
                new OrganisationId(organisationId),
                occurredAt,
                actorSubject,
                actorName,
                action,
                subjectType,
                subjectId,
                summary);
    }
}
