package org.gouvernail.persistence.committee;

import static org.gouvernail.persistence.shared.DueItemQuery.day;
import static org.gouvernail.persistence.shared.DueItemQuery.organisation;
import static org.gouvernail.persistence.shared.DueItemQuery.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.Deadlines;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.persistence.shared.DueItemQuery;

/**
 * Persistence adapter, due items of the committee: the meetings to come (from today, minutes not
 * written yet). A meeting that lists its attendees asks them; one that lists nobody yet asks the
 * committee. The item is due when the meeting's day begins.
 */
@ApplicationScoped
public class MeetingsDue implements DueItemSource {

    public static final String KIND = "meeting.attend";

    private static final String SQL = """
            select g.organisation_id, g.id, g.meeting_date,
                   (select min(a.member_id) from meeting_attendee a where a.meeting_id = g.id and %s) as attendee
            from meeting g
            where g.minutes is null and g.meeting_date between :today and :last and %s
            order by g.meeting_date, g.id""";

    private final EntityManager entityManager;
    private final Clock clock;

    /** The application's clock where it has one (governance-app produces it), the system's otherwise. */
    MeetingsDue(EntityManager entityManager, Instance<Clock> clock) {
        this.entityManager = entityManager;
        this.clock = clock.isResolvable() ? clock.get() : Clock.systemUTC();
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        Set<UUID> members = DueItemQuery.members(memberships);
        Map<UUID, Membership> byOrganisation = memberships.stream()
                .filter(Membership::isActive)
                .collect(Collectors.toMap(m -> m.organisationId().value(), m -> m, (a, b) -> a));
        String attending = "a.member_id in (:members)";
        String mine = """
                (exists (select 1 from meeting_attendee a where a.meeting_id = g.id and a.member_id in (:members))
                 or (g.organisation_id in (:committees)
                     and not exists (select 1 from meeting_attendee a where a.meeting_id = g.id)))""";
        return DueItemQuery.of(entityManager, SQL.formatted(attending, mine))
                .withIds("members", members)
                .withIds("committees", DueItemQuery.organisationsWhereHolding(memberships, Set.of(Role.COMMITTEE)))
                .with("today", today())
                .with("last", DueItemQuery.lastDay(until))
                .list(limit, row -> item(row, byOrganisation.get(uuid(row[0]))));
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return DueItemQuery.of(entityManager, SQL.formatted("1 = 0", "g.organisation_id = :organisation"))
                .with("organisation", organisationId.toString())
                .with("today", today())
                .with("last", DueItemQuery.lastDay(until))
                .list(limit, row -> item(row, null));
    }

    private LocalDate today() {
        return Deadlines.dayOf(clock.instant());
    }

    private static DueItem item(Object[] row, Membership attendee) {
        OrganisationId organisation = organisation(row[0]);
        LocalDate day = day(row[2]);
        return new DueItem(
                organisation,
                KIND,
                "MEETING",
                uuid(row[1]),
                null, // a meeting has no title of its own: its kind and day say it all
                Deadlines.startOf(day),
                row[3] != null && attendee != null
                        ? Assignee.member(attendee.id())
                        : Assignee.anyOf(Set.of(Role.COMMITTEE)),
                "/api/v1/organisations/" + organisation + "/meetings/" + uuid(row[1]));
    }
}
