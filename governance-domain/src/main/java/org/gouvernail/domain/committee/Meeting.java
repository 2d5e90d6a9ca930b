package org.gouvernail.domain.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.OrganisationId;

/** Aggregate: a committee meeting: its date, agenda, attendees and minutes. The quorum is computed by the committee. */
public record Meeting(
        MeetingId id,
        OrganisationId organisationId,
        LocalDate date,
        List<AgendaItem> agenda,
        Set<MemberId> attendees,
        String minutes,
        long version,
        Instant createdAt) {

    public static final int MAX_AGENDA_ITEMS = 50;
    public static final int MAX_ATTENDEES = 50;

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Check.present("date", date);
        agenda = List.copyOf(Check.size("agenda", agenda == null ? List.of() : agenda, MAX_AGENDA_ITEMS));
        attendees = Set.copyOf(Check.size("attendees", attendees == null ? Set.of() : attendees, MAX_ATTENDEES));
        minutes = Check.text("minutes", minutes, Check.LONG_TEXT_LENGTH);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Meeting withContent(
            LocalDate changedDate,
            List<AgendaItem> changedAgenda,
            Set<MemberId> changedAttendees,
            String changedMinutes) {
        return new Meeting(
                id, organisationId, changedDate, changedAgenda, changedAttendees, changedMinutes, version, createdAt);
    }

    /** Whether the voting members present make the quorum the committee's charter asks for. */
    public boolean quorate(Committee committee) {
        return committee.quorumMet(attendees, date);
    }
}
