package org.gouvernail.domain.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test-data builder: a committee meeting, by default today's, without agenda, attendees nor minutes:
 * {@code aMeeting().attendedBy(attendees).build()}.
 */
public final class MeetingBuilder {

    private MeetingId id = new MeetingId(UUID.randomUUID());
    private OrganisationId organisationId = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private LocalDate date = LocalDate.parse("2026-11-28");
    private List<AgendaItem> agenda = List.of();
    private Set<MemberId> attendees = Set.of();
    private String minutes;
    private long version;
    private Instant createdAt = Instant.parse("2026-11-28T15:00:00Z");

    private MeetingBuilder() {}

    public static MeetingBuilder aMeeting() {
        return new MeetingBuilder();
    }

    /** The same meeting, to change one thing: {@code from(meeting).withVersion(meeting.version() + 1).build()}. */
    public static MeetingBuilder from(Meeting m) {
        return aMeeting()
                .withId(m.id())
                .of(m.organisationId())
                .on(m.date())
                .withAgenda(m.agenda())
                .attendedBy(m.attendees())
                .withMinutes(m.minutes())
                .withVersion(m.version())
                .createdAt(m.createdAt());
    }

    public MeetingBuilder withId(MeetingId id) {
        this.id = id;
        return this;
    }

    public MeetingBuilder of(OrganisationId organisationId) {
        this.organisationId = organisationId;
        return this;
    }

    public MeetingBuilder on(LocalDate date) {
        this.date = date;
        return this;
    }

    public MeetingBuilder withAgenda(List<AgendaItem> agenda) {
        this.agenda = agenda;
        return this;
    }

    public MeetingBuilder attendedBy(Set<MemberId> attendees) {
        this.attendees = attendees;
        return this;
    }

    public MeetingBuilder withMinutes(String minutes) {
        this.minutes = minutes;
        return this;
    }

    public MeetingBuilder withVersion(long version) {
        this.version = version;
        return this;
    }

    public MeetingBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public Meeting build() {
        return new Meeting(id, organisationId, date, agenda, attendees, minutes, version, createdAt);
    }
}
