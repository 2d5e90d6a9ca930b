package org.gouvernail.persistence.training;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.ModuleStatus;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.port.out.TrainingModules;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the training modules in MariaDB. */
@ApplicationScoped
public class PanacheTrainingModules implements TrainingModules {

    private final Repository repository;

    PanacheTrainingModules(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(TrainingModule module) {
        repository.persist(TrainingModuleEntity.from(module));
    }

    @Override
    public Optional<TrainingModule> find(OrganisationId organisationId, TrainingModuleId id) {
        return entity(organisationId, id).map(TrainingModuleEntity::toDomain);
    }

    @Override
    public List<TrainingModule> findAll(OrganisationId organisationId, Collection<TrainingModuleId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList values =
                InList.anyLength("id", ids.stream().map(TrainingModuleId::value).toList());
        return values
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from TrainingModuleEntity where organisationId = :organisation and id in "
                                        + values.parameters() + " order by id",
                                TrainingModuleEntity.class))
                .setParameter("organisation", organisationId.value())
                .getResultList()
                .stream()
                .map(TrainingModuleEntity::toDomain)
                .toList();
    }

    @Override
    public boolean codeInUse(OrganisationId organisationId, String code) {
        return repository.count("organisationId = ?1 and code = ?2", organisationId.value(), code) > 0;
    }

    @Override
    public Optional<TrainingModule> findByCode(OrganisationId organisationId, String code) {
        return repository
                .find("organisationId = ?1 and code = ?2", organisationId.value(), code)
                .firstResultOptional()
                .map(TrainingModuleEntity::toDomain);
    }

    @Override
    public TrainingModule update(TrainingModule module) {
        TrainingModuleEntity entity = entity(module.organisationId(), module.id())
                .orElseThrow(() -> new NotFound("training-module", module.id()));
        Versions.expect("training module", entity.version, module.version());
        entity.apply(module);
        Versions.flush(repository.getEntityManager(), "training module", module.version());
        return entity.toDomain();
    }

    @Override
    public void remove(OrganisationId organisationId, TrainingModuleId id, long expectedVersion) {
        TrainingModuleEntity entity = entity(organisationId, id).orElseThrow(() -> new NotFound("training-module", id));
        Versions.expect("training module", entity.version, expectedVersion);
        repository.delete(entity);
        Versions.flush(repository.getEntityManager(), "training module", expectedVersion);
    }

    @Override
    public Page<TrainingModule> list(OrganisationId organisationId, Optional<ModuleStatus> status, PageRequest page) {
        StringBuilder query = new StringBuilder("from TrainingModuleEntity m where m.organisationId = :organisation");
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        status.ifPresent(wanted -> {
            query.append(" and m.status = :status");
            parameters.and("status", wanted);
        });
        String paged = Keyset.after(query.toString(), page, parameters, false, "m.id");
        return Keyset.page(
                repository
                        .find(paged + " order by m.id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                TrainingModuleEntity::toDomain,
                module -> module.id().value());
    }

    private Optional<TrainingModuleEntity> entity(OrganisationId organisationId, TrainingModuleId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    @Override
    public List<TrainingModule> findAll(Collection<OrganisationId> organisationIds, Collection<TrainingModuleId> ids) {
        if (organisationIds.isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        InList organisations = InList.anyLength(
                "organisation",
                organisationIds.stream().map(OrganisationId::value).toList());
        InList values =
                InList.anyLength("id", ids.stream().map(TrainingModuleId::value).toList());
        return values
                .bind(organisations.bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from TrainingModuleEntity where organisationId in " + organisations.parameters()
                                        + " and id in " + values.parameters() + " order by id",
                                TrainingModuleEntity.class)))
                .getResultList()
                .stream()
                .map(TrainingModuleEntity::toDomain)
                .toList();
    }

    /** The Panache repository of training modules, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<TrainingModuleEntity, UUID> {}
}
