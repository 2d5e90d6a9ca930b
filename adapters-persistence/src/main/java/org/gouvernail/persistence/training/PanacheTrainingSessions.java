package org.gouvernail.persistence.training;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.TrainingSession;
import org.gouvernail.domain.training.TrainingSessionId;
import org.gouvernail.domain.training.port.out.TrainingSessions;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the training sessions in MariaDB, each with its modules and attendance under one version. */
@ApplicationScoped
public class PanacheTrainingSessions implements TrainingSessions {

    private final Repository repository;

    PanacheTrainingSessions(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(TrainingSession session) {
        repository.persist(TrainingSessionEntity.from(session));
    }

    @Override
    public Optional<TrainingSession> find(OrganisationId organisationId, TrainingSessionId id) {
        return entity(organisationId, id).map(TrainingSessionEntity::toDomain);
    }

    @Override
    public Optional<TrainingSession> findForUpdate(OrganisationId organisationId, TrainingSessionId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .map(TrainingSessionEntity::toDomain);
    }

    @Override
    public TrainingSession update(TrainingSession session) {
        TrainingSessionEntity entity = entity(session.organisationId(), session.id())
                .orElseThrow(() -> new NotFound("training-session", session.id()));
        Versions.expect("training session", entity.version, session.version());
        entity.apply(session);
        Versions.flush(repository.getEntityManager(), "training session", session.version());
        return entity.toDomain();
    }

    @Override
    public java.util.List<TrainingSession> onOrBefore(OrganisationId organisationId, java.time.LocalDate day, int max) {
        return repository
                .find("organisationId = ?1 and date <= ?2 order by date, id", organisationId.value(), day)
                .page(0, max)
                .list()
                .stream()
                .map(TrainingSessionEntity::toDomain)
                .toList();
    }

    @Override
    public Page<TrainingSession> list(OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String paged = Keyset.after(
                "from TrainingSessionEntity s where s.organisationId = :organisation", page, parameters, false, "s.id");
        return Keyset.page(
                repository
                        .find(paged + " order by s.id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                TrainingSessionEntity::toDomain,
                session -> session.id().value());
    }

    private Optional<TrainingSessionEntity> entity(OrganisationId organisationId, TrainingSessionId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of training sessions, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<TrainingSessionEntity, UUID> {}
}
