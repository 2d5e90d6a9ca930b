package org.gouvernail.app.committee;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingBuilder;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Fake out-port: the committee's meetings in memory, inside one organisation, versioned, oldest first
 * like the MariaDB adapter. Like it, an update writes the date, agenda, attendees and minutes (never
 * the creation time) and moves the version only when one of them changes.
 */
public final class InMemoryMeetings implements Meetings {

    private final Map<MeetingId, Meeting> rows = new LinkedHashMap<>();

    @Override
    public void add(Meeting meeting) {
        if (rows.putIfAbsent(meeting.id(), meeting) != null) {
            throw new IllegalStateException("duplicate meeting id " + meeting.id());
        }
    }

    @Override
    public Optional<Meeting> find(OrganisationId organisationId, MeetingId id) {
        return Optional.ofNullable(rows.get(id)).filter(m -> m.organisationId().equals(organisationId));
    }

    @Override
    public Meeting update(Meeting meeting) {
        Meeting stored =
                find(meeting.organisationId(), meeting.id()).orElseThrow(() -> new NotFound("meeting", meeting.id()));
        StaleVersion.check("meeting", stored.version(), meeting.version());
        Meeting written = MeetingBuilder.from(meeting)
                .withVersion(stored.version())
                .createdAt(stored.createdAt())
                .build();
        if (written.equals(stored)) {
            return stored;
        }
        Meeting saved =
                MeetingBuilder.from(written).withVersion(stored.version() + 1).build();
        rows.put(saved.id(), saved);
        return saved;
    }

    @Override
    public Optional<Meeting> next(OrganisationId organisationId, LocalDate from) {
        return rows.values().stream()
                .filter(m ->
                        m.organisationId().equals(organisationId) && !m.date().isBefore(from))
                .min(Comparator.comparing(Meeting::date).thenComparing(m -> m.id().value()));
    }

    @Override
    public Page<Meeting> list(OrganisationId organisationId, PageRequest page) {
        return InMemoryPages.keyset(
                rows.values().stream().filter(m -> m.organisationId().equals(organisationId)),
                page,
                m -> m.id().value(),
                false);
    }
}
