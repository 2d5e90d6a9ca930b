package org.gouvernail.persistence.committee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.committee.AgendaItem;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: meetings with their agenda and attendees, saved together under the meeting's version. */
@ApplicationScoped
public class PanacheMeetings implements Meetings {

    private final Repository repository;

    PanacheMeetings(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Meeting meeting) {
        MeetingEntity entity = new MeetingEntity();
        entity.id = meeting.id().value();
        entity.organisationId = meeting.organisationId().value();
        entity.meetingDate = meeting.date();
        entity.minutes = meeting.minutes();
        entity.version = meeting.version();
        entity.createdAt = meeting.createdAt();
        repository.persist(entity);
        repository.getEntityManager().flush();
        writeChildren(meeting);
    }

    @Override
    public Optional<Meeting> find(OrganisationId organisationId, MeetingId id) {
        return entity(organisationId, id.value()).map(entity -> assemble(List.of(entity)).get(0));
    }

    @Override
    public Meeting update(Meeting meeting) {
        EntityManager em = repository.getEntityManager();
        MeetingEntity entity = entity(meeting.organisationId(), meeting.id().value()).orElseThrow(() -> new NotFound("meeting", meeting.id()));
        Versions.expect("meeting", entity.version, meeting.version());
        Meeting stored = assemble(List.of(entity)).get(0);
        boolean ownChanged = !meeting.date().equals(entity.meetingDate) || !java.util.Objects.equals(meeting.minutes(), entity.minutes);
        entity.meetingDate = meeting.date();
        entity.minutes = meeting.minutes();
        boolean childrenChanged = !stored.agenda().equals(meeting.agenda()) || !stored.attendees().equals(meeting.attendees());
        if (childrenChanged) {
            em.createQuery("from MeetingAttendeeEntity where meetingId = :meeting", MeetingAttendeeEntity.class)
                    .setParameter("meeting", entity.id).getResultList().forEach(em::remove);
            em.createQuery("from AgendaItemEntity where meetingId = :meeting", AgendaItemEntity.class)
                    .setParameter("meeting", entity.id).getResultList().forEach(em::remove);
            em.flush();
            writeChildren(meeting);
            if (!ownChanged) {
                em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
        }
        Versions.flush(em, "meeting", meeting.version());
        return new Meeting(meeting.id(), meeting.organisationId(), meeting.date(), meeting.agenda(), meeting.attendees(), meeting.minutes(),
                entity.version, meeting.createdAt());
    }

    @Override
    public Page<Meeting> list(OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String query = Keyset.after("from MeetingEntity m where m.organisationId = :organisation", page, parameters, false, "m.id");
        List<MeetingEntity> slice = repository.find(query + " order by m.id", parameters).page(0, page.limit() + 1).list();
        return Page.fromSlice(assemble(slice), page, meeting -> meeting.id().value());
    }

    private void writeChildren(Meeting meeting) {
        EntityManager em = repository.getEntityManager();
        UUID organisation = meeting.organisationId().value();
        UUID id = meeting.id().value();
        for (MemberId attendee : meeting.attendees()) {
            em.persist(MeetingAttendeeEntity.of(organisation, id, attendee.value()));
        }
        int position = 0;
        for (AgendaItem item : meeting.agenda()) {
            em.persist(AgendaItemEntity.of(organisation, id, position++, item));
        }
    }

    private List<Meeting> assemble(List<MeetingEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        EntityManager em = repository.getEntityManager();
        List<UUID> ids = entities.stream().map(e -> e.id).toList();
        Map<UUID, Set<MemberId>> attendees = new HashMap<>();
        for (MeetingAttendeeEntity row : em.createQuery("from MeetingAttendeeEntity where meetingId in :ids order by memberId",
                MeetingAttendeeEntity.class).setParameter("ids", ids).getResultList()) {
            attendees.computeIfAbsent(row.meetingId, k -> new LinkedHashSet<>()).add(new MemberId(row.memberId));
        }
        Map<UUID, List<AgendaItem>> agenda = new HashMap<>();
        for (AgendaItemEntity row : em.createQuery("from AgendaItemEntity where meetingId in :ids order by position",
                AgendaItemEntity.class).setParameter("ids", ids).getResultList()) {
            agenda.computeIfAbsent(row.meetingId, k -> new ArrayList<>()).add(row.toDomain());
        }
        return entities.stream().map(e -> new Meeting(new MeetingId(e.id), new OrganisationId(e.organisationId), e.meetingDate,
                agenda.getOrDefault(e.id, List.of()), attendees.getOrDefault(e.id, Set.of()), e.minutes, e.version, e.createdAt)).toList();
    }

    private Optional<MeetingEntity> entity(OrganisationId organisationId, UUID id) {
        return repository.find("organisationId = ?1 and id = ?2", organisationId.value(), id).firstResultOptional();
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<MeetingEntity, UUID> {
    }
}
