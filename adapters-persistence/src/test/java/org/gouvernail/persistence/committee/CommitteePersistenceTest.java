package org.gouvernail.persistence.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.committee.MeetingBuilder.aMeeting;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMemberWithoutAccount;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gouvernail.domain.committee.AgendaItem;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingFrequency;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.QuorumRule;
import org.gouvernail.domain.committee.port.out.Committees;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.persistence.support.MariaDbTestResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The committee and its meetings against a real MariaDB: seats, attendees and agenda items as
 * collections of their aggregate under its one version (an unchanged save keeps it, a change to the
 * children alone moves it, a stale one is refused), the rows they leave, the organisation around
 * every row, and a page of meetings that loads the children of its own meetings only.
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class CommitteePersistenceTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    Committees committees;

    @Inject
    Meetings meetings;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager entityManager;

    private record Fixture(OrganisationId organisation, List<MemberId> members) {}

    @Test
    void theCommitteeKeepsItsSeatsUnderOneVersion() {
        Fixture fixture = fixture("committee-seats", 4);
        Charter charter = new Charter("Gouverner l'IA", MeetingFrequency.MONTHLY, true, QuorumRule.TWO_THIRDS, 2, 4);
        List<CommitteeMember> seats = List.of(
                new CommitteeMember(fixture.members.get(0), CommitteeRole.MEMBER, true, TODAY, TODAY.plusYears(2)),
                new CommitteeMember(fixture.members.get(1), CommitteeRole.CHAIR, true, null, null),
                new CommitteeMember(fixture.members.get(2), CommitteeRole.SECRETARY, false, null, TODAY.plusYears(1)));

        Committee configured = QuarkusTransaction.requiringNew()
                .call(() ->
                        committees.save(Committee.empty(fixture.organisation).withCharterAndMembers(charter, seats)));
        assertThat(configured.version()).isEqualTo(1);
        Committee stored = QuarkusTransaction.requiringNew()
                .call(() -> committees.find(fixture.organisation).orElseThrow());
        // by role name, then member id: CHAIR, MEMBER, SECRETARY
        assertThat(stored.members()).containsExactly(seats.get(1), seats.get(0), seats.get(2));
        assertThat(stored.charter()).isEqualTo(charter);
        assertThat(stored.version()).isEqualTo(1);

        Committee unchanged = QuarkusTransaction.requiringNew().call(() -> committees.save(stored));
        assertThat(unchanged.version()).isEqualTo(1);

        // only a seat changes (a mandate ends, one leaves, one joins): the version still moves
        List<CommitteeMember> reseated = List.of(
                new CommitteeMember(fixture.members.get(1), CommitteeRole.CHAIR, true, null, TODAY.plusYears(3)),
                new CommitteeMember(fixture.members.get(2), CommitteeRole.SECRETARY, false, null, TODAY.plusYears(1)),
                new CommitteeMember(fixture.members.get(3), CommitteeRole.DATA_REFERENT, true, null, null));
        Committee changed = QuarkusTransaction.requiringNew()
                .call(() -> committees.save(stored.withCharterAndMembers(charter, reseated)));
        assertThat(changed.version()).isEqualTo(2);
        Committee found = QuarkusTransaction.requiringNew()
                .call(() -> committees.find(fixture.organisation).orElseThrow());
        assertThat(found.members()).containsExactlyInAnyOrderElementsOf(reseated);
        assertThat(found.version()).isEqualTo(2);
        assertThat(rows("committee_member", "organisation_id", fixture.organisation.value()))
                .isEqualTo(3);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .call(() -> committees.save(stored.withCharterAndMembers(charter, seats))))
                .isInstanceOf(StaleVersion.class);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> committees.find(fixture.organisation).orElseThrow()))
                .isEqualTo(found);
    }

    @Test
    void aSeatCannotGoToAMemberOfAnotherOrganisation() {
        Fixture fixture = fixture("committee-fk", 1);
        Fixture other = fixture("committee-fk-other", 1);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .call(() -> committees.save(Committee.empty(fixture.organisation)
                                .withCharterAndMembers(
                                        Charter.standard(),
                                        List.of(new CommitteeMember(
                                                other.members.get(0), CommitteeRole.CHAIR, true, null, null))))))
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> committees.find(fixture.organisation)))
                .isEmpty();
    }

    @Test
    void aMeetingKeepsItsAgendaInOrderAndItsAttendeesUnderOneVersion() {
        Fixture fixture = fixture("meeting-children", 3);
        AgendaItem opening = new AgendaItem("Ouverture", null, null, null, null, null);
        AgendaItem tool = new AgendaItem("Déclaration de DeepL", null, null, UUID.randomUUID(), null, null);
        AgendaItem policy = new AgendaItem("Charte, version 2", null, null, null, null, UUID.randomUUID());
        Meeting meeting = aMeeting()
                .of(fixture.organisation)
                .on(TODAY)
                .withAgenda(List.of(opening, tool, policy))
                .attendedBy(Set.of(fixture.members.get(0), fixture.members.get(1)))
                .createdAt(NOW)
                .build();
        QuarkusTransaction.requiringNew().run(() -> meetings.add(meeting));

        Meeting stored = find(meeting);
        assertThat(stored).isEqualTo(meeting);
        assertThat(stored.agenda()).containsExactly(opening, tool, policy);

        Meeting unchanged = QuarkusTransaction.requiringNew().call(() -> meetings.update(stored));
        assertThat(unchanged.version()).isZero();

        // only the agenda changes, reordered and one item dropped: the version moves, the rows follow
        Meeting reordered = QuarkusTransaction.requiringNew()
                .call(() -> meetings.update(stored.withContent(
                        stored.date(), List.of(policy, opening), stored.attendees(), stored.minutes())));
        assertThat(reordered.version()).isEqualTo(1);
        assertThat(find(meeting)).isEqualTo(reordered);
        assertThat(find(meeting).agenda()).containsExactly(policy, opening);
        assertThat(rows("meeting_agenda_item", "meeting_id", meeting.id().value()))
                .isEqualTo(2);

        // only the attendees change: the version moves again
        Meeting attended = QuarkusTransaction.requiringNew()
                .call(() -> meetings.update(reordered.withContent(
                        reordered.date(),
                        reordered.agenda(),
                        Set.of(fixture.members.get(1), fixture.members.get(2)),
                        reordered.minutes())));
        assertThat(attended.version()).isEqualTo(2);
        assertThat(find(meeting)).isEqualTo(attended);
        assertThat(find(meeting).attendees()).containsExactlyInAnyOrder(fixture.members.get(1), fixture.members.get(2));
        assertThat(rows("meeting_attendee", "meeting_id", meeting.id().value())).isEqualTo(2);

        // the minutes and a longer agenda together
        Meeting minuted = QuarkusTransaction.requiringNew()
                .call(() -> meetings.update(attended.withContent(
                        attended.date(), List.of(policy, opening, tool), Set.of(), "Procès-verbal")));
        assertThat(minuted.version()).isEqualTo(3);
        assertThat(find(meeting)).isEqualTo(minuted);
        assertThat(rows("meeting_attendee", "meeting_id", meeting.id().value())).isZero();
        assertThat(rows("meeting_agenda_item", "meeting_id", meeting.id().value()))
                .isEqualTo(3);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .call(() -> meetings.update(
                                attended.withContent(attended.date(), List.of(tool), attended.attendees(), null))))
                .isInstanceOf(StaleVersion.class);
        assertThat(find(meeting)).isEqualTo(minuted);
    }

    @Test
    void aMeetingStaysInsideItsOrganisation() {
        Fixture fixture = fixture("meeting-fk", 1);
        Fixture other = fixture("meeting-fk-other", 1);
        Meeting meeting = aMeeting()
                .of(fixture.organisation)
                .on(TODAY)
                .attendedBy(Set.of(fixture.members.get(0)))
                .createdAt(NOW)
                .build();
        QuarkusTransaction.requiringNew().run(() -> meetings.add(meeting));

        assertThat(QuarkusTransaction.requiringNew().call(() -> meetings.find(other.organisation, meeting.id())))
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> meetings.list(other.organisation, PageRequest.first(50)))
                        .items())
                .isEmpty();
        Meeting foreignAttendee = aMeeting()
                .of(fixture.organisation)
                .on(TODAY)
                .attendedBy(Set.of(other.members.get(0)))
                .createdAt(NOW)
                .build();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> meetings.add(foreignAttendee)))
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .call(() -> meetings.update(meeting.withContent(
                                TODAY, List.of(), Set.of(fixture.members.get(0), other.members.get(0)), null))))
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
        assertThat(find(meeting)).isEqualTo(meeting);
    }

    @Test
    void aPageOfMeetingsLoadsTheAttendeesAndAgendaOfItsOwnMeetingsInOneQueryEach() {
        Fixture fixture = fixture("meeting-page", 2);
        List<UUID> ids = Stream.generate(UUID::randomUUID)
                .limit(8)
                .sorted(Comparator.comparing(UUID::toString))
                .toList();
        List<Meeting> held = new ArrayList<>();
        ids.forEach(id -> held.add(hold(fixture, new MeetingId(id))));

        long[] few = pageCounts(fixture, 3);
        Page<Meeting> first =
                QuarkusTransaction.requiringNew().call(() -> meetings.list(fixture.organisation, PageRequest.first(3)));
        assertThat(first.items()).containsExactlyElementsOf(held.subList(0, 3));
        // the page query, then the attendees and the agenda items of the 3 meetings and the look-ahead one
        assertThat(few[0]).isEqualTo(3);
        assertThat(few[1]).isEqualTo(2 * 4);
        Page<Meeting> rest = QuarkusTransaction.requiringNew()
                .call(() -> meetings.list(fixture.organisation, new PageRequest(50, first.continueAfter())));
        assertThat(rest.items()).containsExactlyElementsOf(held.subList(3, 8));

        // eight times as many meetings in the organisation: the same page costs the same
        IntStream.range(0, 56).forEach(i -> hold(fixture, new MeetingId(UUID.randomUUID())));
        assertThat(pageCounts(fixture, 3)).containsExactly(few);
        // a page of 50 (51 rows with the look-ahead) still reads each collection in one query
        assertThat(pageCounts(fixture, 50)).containsExactly(3, 2 * 51);
    }

    private long[] pageCounts(Fixture fixture, int size) {
        Statistics statistics = sessionFactory.getStatistics();
        long[] counts = new long[2];
        QuarkusTransaction.requiringNew().run(() -> {
            statistics.clear();
            meetings.list(fixture.organisation, PageRequest.first(size));
            counts[0] = statistics.getPrepareStatementCount();
            counts[1] = statistics.getCollectionLoadCount();
        });
        return counts;
    }

    private Meeting hold(Fixture fixture, MeetingId id) {
        Meeting meeting = aMeeting()
                .withId(id)
                .of(fixture.organisation)
                .on(TODAY)
                .withAgenda(List.of(
                        new AgendaItem("Point 1 de " + id.value(), null, null, null, null, null),
                        new AgendaItem("Point 2 de " + id.value(), null, null, null, null, null)))
                .attendedBy(Set.copyOf(fixture.members))
                .createdAt(NOW)
                .build();
        QuarkusTransaction.requiringNew().run(() -> meetings.add(meeting));
        return meeting;
    }

    private Meeting find(Meeting meeting) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        meetings.find(meeting.organisationId(), meeting.id()).orElseThrow());
    }

    private long rows(String table, String column, UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from " + table + " where " + column + " = ?1")
                                .setParameter(1, id.toString())
                                .getSingleResult())
                        .longValue());
    }

    private Fixture fixture(String slug, int members) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OrganisationId id = new OrganisationId(UUID.randomUUID());
            String unique = slug + "-" + id.value().toString().substring(0, 8);
            organisations.add(Organisation.register(
                    id, OrganisationKind.ASSOCIATION, anOrganisation(unique).build(), NOW));
            Membership admin = Membership.founder(
                    new MemberId(UUID.randomUUID()),
                    id,
                    new Caller("subject-" + unique, unique + "@example.org", true, "Admin", true),
                    NOW);
            memberships.add(admin);
            List<MemberId> seated = new ArrayList<>(List.of(admin.id()));
            for (int i = 1; i < members; i++) {
                Membership volunteer = Membership.invite(
                        new MemberId(UUID.randomUUID()),
                        id,
                        aMemberWithoutAccount()
                                .named("Bénévole " + i)
                                .as(PersonType.VOLUNTEER)
                                .build(),
                        NOW);
                memberships.add(volunteer);
                seated.add(volunteer.id());
            }
            return new Fixture(id, List.copyOf(seated));
        });
    }
}
