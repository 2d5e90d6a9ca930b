package org.gouvernail.persistence.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Row of table meeting; its attendees and agenda items are rows of their own. */
@Entity
@Table(name = "meeting")
public class MeetingEntity {

    @Id
    public UUID id;
    public UUID organisationId;
    public LocalDate meetingDate;
    public String minutes;
    @Version
    public long version;
    public Instant createdAt;
}
