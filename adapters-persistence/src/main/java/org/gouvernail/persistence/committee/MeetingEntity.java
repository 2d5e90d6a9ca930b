package org.gouvernail.persistence.committee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.persistence.shared.OrderedRows;

/**
 * Row of table meeting, with its attendees in meeting_attendee and its agenda in
 * meeting_agenda_item at their positions: collections of the meeting, so that a change to them alone
 * still moves the meeting's one version. Both are loaded after a query by the ids of the meetings it
 * returned, a batch at a time (quarkus.hibernate-orm.fetch.batch-size), never for the whole
 * organisation.
 */
@Entity
@Table(name = "meeting")
public class MeetingEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public LocalDate meetingDate;
    public String minutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    public Set<AttendeeLink> attendees = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<AgendaRow> agenda = new ArrayList<>();

    @Version
    public long version;

    public Instant createdAt;

    static MeetingEntity from(Meeting meeting) {
        MeetingEntity entity = new MeetingEntity();
        entity.id = meeting.id().value();
        entity.organisationId = meeting.organisationId().value();
        entity.version = meeting.version();
        entity.createdAt = meeting.createdAt();
        entity.apply(meeting);
        return entity;
    }

    /** Copies what may change, touching the collections only where they changed: an unchanged save keeps the version. */
    void apply(Meeting meeting) {
        meetingDate = meeting.date();
        minutes = meeting.minutes();
        Set<AttendeeLink> links = meeting.attendees().stream()
                .map(member -> new AttendeeLink(organisationId, member.value()))
                .collect(Collectors.toSet());
        attendees.retainAll(links);
        attendees.addAll(links);
        OrderedRows.apply(
                agenda,
                meeting.agenda().stream()
                        .map(item -> AgendaRow.of(organisationId, item))
                        .toList());
    }

    Meeting toDomain() {
        return new Meeting(
                new MeetingId(id),
                new OrganisationId(organisationId),
                meetingDate,
                agenda.stream().map(AgendaRow::toDomain).toList(),
                attendees.stream().map(link -> new MemberId(link.memberId)).collect(Collectors.toSet()),
                minutes,
                version,
                createdAt);
    }
}
