package org.gouvernail.persistence.usecase;

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
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseFilter;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.port.out.UseCases;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the use-case portfolio in MariaDB. */
@ApplicationScoped
public class PanacheUseCases implements UseCases {

    private final Repository repository;

    PanacheUseCases(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(UseCase useCase) {
        repository.persist(UseCaseEntity.from(useCase));
    }

    @Override
    public Optional<UseCase> find(OrganisationId organisationId, UseCaseId id) {
        return entity(organisationId, id).map(UseCaseEntity::toDomain);
    }

    @Override
    public UseCase update(UseCase useCase) {
        UseCaseEntity entity = entity(useCase.organisationId(), useCase.id())
                .orElseThrow(() -> new NotFound("use-case", useCase.id()));
        Versions.expect("use-case", entity.version, useCase.version());
        entity.apply(useCase);
        Versions.flush(repository.getEntityManager(), "use-case", useCase.version());
        return entity.toDomain();
    }

    @Override
    public void remove(OrganisationId organisationId, UseCaseId id, long expectedVersion) {
        UseCaseEntity entity = entity(organisationId, id).orElseThrow(() -> new NotFound("use-case", id));
        Versions.expect("use-case", entity.version, expectedVersion);
        repository.delete(entity);
        Versions.flush(repository.getEntityManager(), "use-case", expectedVersion);
    }

    @Override
    public Page<UseCase> list(OrganisationId organisationId, UseCaseFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("organisationId = :organisation");
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        filter.status().ifPresent(status -> {
            query.append(" and status = :status");
            parameters.and("status", status);
        });
        filter.peopleAffected().ifPresent(people -> {
            query.append(" and peopleAffected = :people");
            parameters.and("people", people);
        });
        String paged = Keyset.after(query.toString(), page, parameters, false);
        return Keyset.page(
                repository
                        .find(paged + " order by id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                UseCaseEntity::toDomain,
                useCase -> useCase.id().value());
    }

    @Override
    public List<UseCase> portfolio(OrganisationId organisationId, int max) {
        return repository
                .find(
                        "organisationId = ?1 and status not in (?2, ?3) order by id",
                        organisationId.value(),
                        UseCaseStatus.REJECTED,
                        UseCaseStatus.RETIRED)
                .page(0, max)
                .list()
                .stream()
                .map(UseCaseEntity::toDomain)
                .toList();
    }

    private Optional<UseCaseEntity> entity(OrganisationId organisationId, UseCaseId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    @Override
    public List<UseCase> inPortfolio(Collection<OrganisationId> organisationIds, Collection<UseCaseId> ids) {
        if (organisationIds.isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        InList organisations = InList.anyLength(
                "organisation",
                organisationIds.stream().map(OrganisationId::value).toList());
        InList values =
                InList.anyLength("id", ids.stream().map(UseCaseId::value).toList());
        return values
                .bind(organisations.bind(repository
                        .getEntityManager()
                        .createQuery(
                                "select u from UseCaseEntity u left join fetch u.tools where u.organisationId in "
                                        + organisations.parameters() + " and u.id in " + values.parameters()
                                        + " and u.status not in (:rejected, :retired) order by u.id",
                                UseCaseEntity.class)))
                .setParameter("rejected", UseCaseStatus.REJECTED)
                .setParameter("retired", UseCaseStatus.RETIRED)
                .getResultList()
                .stream()
                .map(UseCaseEntity::toDomain)
                .toList();
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<UseCaseEntity, UUID> {}
}
