package org.gouvernail.persistence.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.Objects;
import org.gouvernail.domain.committee.AgendaItem;

/** Row of table meeting_agenda_item: one item of a meeting's agenda, at its position. */
@Entity
@Table(name = "meeting_agenda_item")
@IdClass(AgendaItemEntity.Key.class)
public class AgendaItemEntity {

    @Id
    public UUID meetingId;
    @Id
    public int position;
    public UUID organisationId;
    public String title;
    public UUID requestId;
    public UUID useCaseId;
    public UUID toolId;
    public UUID riskId;
    public UUID policyVersionId;

    static AgendaItemEntity of(UUID organisationId, UUID meetingId, int position, AgendaItem item) {
        AgendaItemEntity entity = new AgendaItemEntity();
        entity.organisationId = organisationId;
        entity.meetingId = meetingId;
        entity.position = position;
        entity.title = item.title();
        entity.requestId = item.requestId();
        entity.useCaseId = item.useCaseId();
        entity.toolId = item.toolId();
        entity.riskId = item.riskId();
        entity.policyVersionId = item.policyVersionId();
        return entity;
    }

    AgendaItem toDomain() {
        return new AgendaItem(title, requestId, useCaseId, toolId, riskId, policyVersionId);
    }

    /** Primary key: (meeting_id, position). */
    public static class Key implements Serializable {

        public UUID meetingId;
        public int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(meetingId, key.meetingId) && position == key.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, position);
        }
    }
}
