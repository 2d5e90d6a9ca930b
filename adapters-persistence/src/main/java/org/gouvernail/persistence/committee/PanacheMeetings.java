package org.gouvernail.persistence.committee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/**
 * Persistence adapter: meetings with their agenda and attendees, saved together under the meeting's
 * version: a change to the agenda or the attendees alone still moves it.
 */
@ApplicationScoped
public class PanacheMeetings implements Meetings {

    private final Repository repository;

    PanacheMeetings(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Meeting meeting) {
        repository.persist(MeetingEntity.from(meeting));
    }

    @Override
    public Optional<Meeting> find(OrganisationId organisationId, MeetingId id) {
        return entity(organisationId, id.value()).map(MeetingEntity::toDomain);
    }

    @Override
    public Optional<Meeting> findForUpdate(OrganisationId organisationId, MeetingId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .map(MeetingEntity::toDomain);
    }

    @Override
    public Meeting update(Meeting meeting) {
        MeetingEntity entity = entity(meeting.organisationId(), meeting.id().value())
                .orElseThrow(() -> new NotFound("meeting", meeting.id()));
        Versions.expect("meeting", entity.version, meeting.version());
        entity.apply(meeting);
        Versions.flush(repository.getEntityManager(), "meeting", meeting.version());
        return entity.toDomain();
    }

    @Override
    public Optional<Meeting> next(OrganisationId organisationId, LocalDate from) {
        return repository
                .find(
                        "organisationId = ?1 and meetingDate >= ?2 order by meetingDate, id",
                        organisationId.value(),
                        from)
                .page(0, 1)
                .firstResultOptional()
                .map(MeetingEntity::toDomain);
    }

    @Override
    public Page<Meeting> list(OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String query = Keyset.after(
                "from MeetingEntity m where m.organisationId = :organisation", page, parameters, false, "m.id");
        List<MeetingEntity> slice = repository
                .find(query + " order by m.id", parameters)
                .page(0, page.limit() + 1)
                .list();
        return Keyset.page(
                slice, page, MeetingEntity::toDomain, meeting -> meeting.id().value());
    }

    private Optional<MeetingEntity> entity(OrganisationId organisationId, UUID id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id)
                .firstResultOptional();
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<MeetingEntity, UUID> {}
}
