package org.gouvernail.persistence.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.domain.training.AttendanceStatus;
import org.gouvernail.domain.training.ModuleStatus;
import org.gouvernail.domain.training.SessionStatus;
import org.gouvernail.persistence.shared.InList;

/**
 * Persistence adapter: what AI literacy asks of people, for the to-do list, digests and calendar.
 * Two kinds of items, each read by one query over every organisation asked about, bounded by the limit:
 * <ul>
 * <li>{@code training-module.refresh}: a person's latest record of an ACTIVE module runs out (due the
 * day after its last valid day), or names a version the module's newer version superseded (no deadline:
 * as soon as possible);</li>
 * <li>{@code training-session.attend}: a PLANNED session a person is marked PRESENT for (due on its day).</li>
 * </ul>
 * Two statements per call, whatever the number of memberships, records or sessions.
 */
@ApplicationScoped
public class PanacheTrainingDueItems implements DueItemSource {

    private static final String NOT_VOIDED =
            "not exists (select 1 from TrainingRecordVoidEntity v where v.recordId = %s.id)";

    private static final String REFRESHES = "select r.organisationId, r.memberId, r.moduleId, r.validUntil,"
            + " (case when r.moduleRevision < m.refreshFromRevision then true else false end), m.title"
            + " from TrainingRecordEntity r, TrainingModuleEntity m"
            + " where m.id = r.moduleId and m.organisationId = r.organisationId and m.status = :active"
            + " and r.organisationId in %s %s"
            + " and ((r.validUntil is not null and r.validUntil < :until) or r.moduleRevision < m.refreshFromRevision)"
            + " and " + NOT_VOIDED.formatted("r")
            + " and exists (select 1 from MembershipEntity p where p.id = r.memberId and p.status <> :revoked)"
            + " and not exists (select 1 from TrainingRecordEntity o where o.organisationId = r.organisationId"
            + " and o.memberId = r.memberId and o.moduleId = r.moduleId and o.id <> r.id"
            + " and (o.completedOn > r.completedOn or (o.completedOn = r.completedOn and o.recordedAt > r.recordedAt))"
            + " and " + NOT_VOIDED.formatted("o") + ")"
            + " order by (case when r.moduleRevision < m.refreshFromRevision then 1 else 0 end), r.validUntil, r.id";

    private static final String ATTENDANCES = "select s.organisationId, key(a), s.id, s.date, s.title"
            + " from TrainingSessionEntity s join s.attendance a"
            + " where s.organisationId in %s %s and s.status = :planned and a.attendance = :present"
            + " and s.date < :until"
            + " and exists (select 1 from MembershipEntity p where p.id = key(a) and p.status <> :revoked)"
            + " order by s.date, s.id";

    private final EntityManager entityManager;

    PanacheTrainingDueItems(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        if (memberships.isEmpty()) {
            return List.of();
        }
        Set<UUID> organisations =
                memberships.stream().map(m -> m.organisationId().value()).collect(Collectors.toSet());
        Set<UUID> members = memberships.stream().map(m -> m.id().value()).collect(Collectors.toSet());
        return items(organisations, members, until, limit);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return items(Set.of(organisationId.value()), null, until, limit);
    }

    private List<DueItem> items(Set<UUID> organisations, Set<UUID> members, Instant until, int limit) {
        // an item is due before `until` when its deadline (the start of its day, UTC) is before it
        LocalDate untilDay = LocalDate.ofInstant(until, ZoneOffset.UTC).plusDays(1);
        InList inOrganisations = InList.anyLength("organisation", organisations);
        InList ofMembers = members == null ? null : InList.anyLength("member", members);
        String memberFilter = members == null ? "" : "and r.memberId in " + ofMembers.parameters();
        TypedQuery<Object[]> refreshes = inOrganisations
                .bind(entityManager.createQuery(
                        REFRESHES.formatted(inOrganisations.parameters(), memberFilter), Object[].class))
                .setParameter("active", ModuleStatus.ACTIVE)
                .setParameter("until", untilDay.minusDays(1))
                .setParameter("revoked", MembershipStatus.REVOKED)
                .setMaxResults(limit);
        TypedQuery<Object[]> attendances = inOrganisations
                .bind(entityManager.createQuery(
                        ATTENDANCES.formatted(
                                inOrganisations.parameters(),
                                members == null ? "" : "and key(a) in " + ofMembers.parameters()),
                        Object[].class))
                .setParameter("planned", SessionStatus.PLANNED)
                .setParameter("present", AttendanceStatus.PRESENT)
                .setParameter("until", untilDay)
                .setParameter("revoked", MembershipStatus.REVOKED)
                .setMaxResults(limit);
        if (members != null) {
            ofMembers.bind(refreshes);
            ofMembers.bind(attendances);
        }
        List<DueItem> items = new ArrayList<>();
        for (Object[] row : refreshes.getResultList()) {
            UUID organisation = (UUID) row[0];
            LocalDate validUntil = (LocalDate) row[3];
            boolean superseded = (Boolean) row[4];
            Instant dueAt = superseded || validUntil == null ? null : startOf(validUntil.plusDays(1));
            items.add(new DueItem(
                    new OrganisationId(organisation),
                    "training-module.refresh",
                    "TRAINING_MODULE",
                    (UUID) row[2],
                    (String) row[5],
                    dueAt,
                    Assignee.member(new MemberId((UUID) row[1])),
                    "/api/v1/organisations/" + organisation + "/training-modules/" + row[2]));
        }
        for (Object[] row : attendances.getResultList()) {
            UUID organisation = (UUID) row[0];
            items.add(new DueItem(
                    new OrganisationId(organisation),
                    "training-session.attend",
                    "TRAINING_SESSION",
                    (UUID) row[2],
                    (String) row[4],
                    startOf((LocalDate) row[3]),
                    Assignee.member(new MemberId((UUID) row[1])),
                    "/api/v1/organisations/" + organisation + "/training-sessions/" + row[2]));
        }
        return items.stream()
                .filter(item -> item.dueAt() == null || item.dueAt().isBefore(until))
                .sorted(Comparator.comparing(DueItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(limit)
                .toList();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
