package org.gouvernail.persistence.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of table meeting; its attendees and agenda items are rows of their own. */
@Entity
@Table(name = "meeting")
public class MeetingEntity {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    public UUID id;
    @Column(name = "organisation_id")
    @JdbcTypeCode(SqlTypes.CHAR)
    public UUID organisationId;
    @Column(name = "meeting_date")
    public LocalDate meetingDate;
    public String minutes;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
}
