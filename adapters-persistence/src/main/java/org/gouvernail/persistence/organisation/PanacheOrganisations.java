package org.gouvernail.persistence.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: organisations in MariaDB. */
@ApplicationScoped
public class PanacheOrganisations implements Organisations {

    private final Repository repository;

    PanacheOrganisations(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Organisation organisation) {
        repository.persist(OrganisationEntity.from(organisation));
    }

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return repository.findByIdOptional(id.value()).map(OrganisationEntity::toDomain);
    }

    @Override
    public List<Organisation> findAll(Collection<OrganisationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList values = InList.of(
                "id", ids.stream().map(OrganisationId::value).distinct().toList());
        return values
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "select new OrganisationEntity(o.id, o.kind, o.name, o.slug, o.country, o.staffCount,"
                                        + " o.volunteerCount, o.locale, o.version, o.createdAt)"
                                        + " from OrganisationEntity o where o.id in " + values.parameters(),
                                OrganisationEntity.class))
                .getResultList()
                .stream()
                .map(OrganisationEntity::toDomain)
                .toList();
    }

    @Override
    public Organisation update(Organisation organisation) {
        OrganisationEntity entity = repository
                .findByIdOptional(organisation.id().value())
                .orElseThrow(() -> new NotFound("organisation", organisation.id()));
        Versions.expect("organisation", entity.version, organisation.version());
        entity.apply(organisation);
        Versions.flush(repository.getEntityManager(), "organisation", organisation.version());
        return entity.toDomain();
    }

    @Override
    public boolean slugTaken(String slug, OrganisationId except) {
        return repository.count("slug = ?1 and id <> ?2", slug, except.value()) > 0;
    }

    @Override
    public Optional<Organisation> findBySlug(String slug) {
        return repository.find("slug", slug).firstResultOptional().map(OrganisationEntity::toDomain);
    }

    /** SELECT … FOR UPDATE on the organisation's row: the next one waits until this transaction ends. */
    @Override
    public void lockForMembershipChange(OrganisationId id) {
        if (repository.getEntityManager().find(OrganisationEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE)
                == null) {
            throw new NotFound("organisation", id);
        }
    }

    @Override
    public Page<Organisation> withActiveMember(String subject, PageRequest page) {
        Parameters parameters = Parameters.with("subject", subject).and("active", MembershipStatus.ACTIVE);
        String query = Keyset.after("""
                from OrganisationEntity o where exists (select 1 from MembershipEntity m
                        where m.organisationId = o.id and m.subject = :subject and m.status = :active)""", page, parameters, false, "o.id");
        return Keyset.page(
                repository
                        .find(query + " order by o.id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                OrganisationEntity::toDomain,
                o -> o.id().value());
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<OrganisationEntity, UUID> {}
}
