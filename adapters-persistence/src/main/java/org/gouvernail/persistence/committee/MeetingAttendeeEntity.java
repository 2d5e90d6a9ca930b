package org.gouvernail.persistence.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.Objects;

/** Row of table meeting_attendee: a membership of the same organisation attended the meeting. */
@Entity
@Table(name = "meeting_attendee")
@IdClass(MeetingAttendeeEntity.Key.class)
public class MeetingAttendeeEntity {

    @Id
    public UUID meetingId;
    @Id
    public UUID memberId;
    public UUID organisationId;

    static MeetingAttendeeEntity of(UUID organisationId, UUID meetingId, UUID memberId) {
        MeetingAttendeeEntity entity = new MeetingAttendeeEntity();
        entity.organisationId = organisationId;
        entity.meetingId = meetingId;
        entity.memberId = memberId;
        return entity;
    }

    /** Primary key: (meeting_id, member_id). */
    public static class Key implements Serializable {

        public UUID meetingId;
        public UUID memberId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(meetingId, key.meetingId) && Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, memberId);
        }
    }
}
