package org.gouvernail.app.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.committee.AgendaItem;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingBuilder;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link Meetings} out-port does: a meeting is found inside
 * its organisation only with its agenda in order and its attendees, a list is a keyset page in id
 * order, an update checks the version read and moves it when the date, the minutes, the agenda or the
 * attendees change, and only then.
 */
public abstract class MeetingsContract extends PortContract {

    protected abstract Meetings meetings();

    private MeetingBuilder aMeetingOf(OrganisationId owner, UUID id) {
        return MeetingBuilder.aMeeting().withId(new MeetingId(id)).of(owner).createdAt(NOW);
    }

    private Meeting added(MeetingBuilder meeting) {
        Meeting built = meeting.build();
        meetings().add(built);
        return built;
    }

    private static List<AgendaItem> agenda() {
        return List.of(
                new AgendaItem("Whisper", null, null, UUID.randomUUID(), null, null),
                new AgendaItem("Charte", UUID.randomUUID(), null, null, null, null),
                new AgendaItem("Risque", null, UUID.randomUUID(), null, UUID.randomUUID(), UUID.randomUUID()),
                new AgendaItem("Divers", null, null, null, null, null));
    }

    @Test
    void aMeetingIsFoundInItsOrganisationOnlyWithItsAgendaInOrderAndItsAttendees() {
        Meeting meeting = added(aMeetingOf(organisation(), anyId())
                .on(LocalDate.parse("2025-03-14"))
                .withAgenda(agenda())
                .attendedBy(Set.of(member(), aMemberOf(organisation())))
                .withMinutes("Séance ouverte à 18 h"));
        OrganisationId other = anOrganisation();

        assertThat(meetings().find(organisation(), meeting.id())).contains(meeting);
        assertThat(meetings().find(other, meeting.id())).isEmpty();
        Meeting claimed = MeetingBuilder.from(meeting).of(other).build();
        assertThatThrownBy(() -> meetings().update(claimed)).isInstanceOf(NotFound.class);
    }

    @Test
    void anUpdateChecksTheVersionReadAndMovesItWhenAnythingChanges() {
        List<AgendaItem> agenda = agenda();
        Meeting meeting =
                added(aMeetingOf(organisation(), anyId()).withAgenda(agenda).attendedBy(Set.of(member())));

        Meeting minuted = meetings()
                .update(MeetingBuilder.from(meeting).withMinutes("Compte rendu").build());
        assertThat(minuted.version()).isEqualTo(1);
        assertThatThrownBy(() -> meetings()
                        .update(MeetingBuilder.from(meeting)
                                .withMinutes("Autre")
                                .build()))
                .isInstanceOf(StaleVersion.class);
        List<AgendaItem> reordered = List.of(agenda.get(3), agenda.get(0), agenda.get(2));
        Meeting reorderedOnly = meetings()
                .update(MeetingBuilder.from(minuted).withAgenda(reordered).build());
        assertThat(reorderedOnly.version()).as("agenda alone").isEqualTo(2);
        Meeting attended = meetings()
                .update(MeetingBuilder.from(reorderedOnly)
                        .attendedBy(Set.of(aMemberOf(organisation())))
                        .build());
        assertThat(attended.version()).as("attendees alone").isEqualTo(3);
        Meeting moved = meetings()
                .update(MeetingBuilder.from(attended)
                        .on(LocalDate.parse("2025-04-01"))
                        .build());
        assertThat(moved.version()).as("date alone").isEqualTo(4);

        assertThat(meetings().find(organisation(), meeting.id())).contains(moved);
        assertThat(moved.agenda()).containsExactlyElementsOf(reordered);
        assertThat(moved.minutes()).isEqualTo("Compte rendu");
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersion() {
        Meeting meeting =
                added(aMeetingOf(organisation(), anyId()).withAgenda(agenda()).attendedBy(Set.of(member())));

        assertThat(meetings().update(meeting)).isEqualTo(meeting);
        assertThat(meetings().find(organisation(), meeting.id()).orElseThrow().version())
                .isZero();
    }

    @Test
    void aListIsAKeysetPageOfItsOrganisationInTheOrderOfTheIdsText() {
        List<UUID> ids = List.of(idStartingWith('9'), idStartingWith('1'), idStartingWith('e'));
        ids.forEach(id -> added(aMeetingOf(organisation(), id)));
        OrganisationId other = anOrganisation();
        added(aMeetingOf(other, idStartingWith('5')));
        List<UUID> byText = ids.stream()
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();

        Page<Meeting> first = meetings().list(organisation(), PageRequest.first(2));
        Page<Meeting> last = meetings().list(organisation(), new PageRequest(2, first.continueAfter()));

        List<UUID> listed = new ArrayList<>();
        first.items().forEach(m -> listed.add(m.id().value()));
        last.items().forEach(m -> listed.add(m.id().value()));
        assertThat(listed).containsExactlyElementsOf(byText);
        assertThat(first.continueAfter()).contains(byText.get(1));
        assertThat(last.continueAfter()).isEmpty();
    }
}
