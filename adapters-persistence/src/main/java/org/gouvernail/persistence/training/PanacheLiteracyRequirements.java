package org.gouvernail.persistence.training;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.LiteracyRequirement;
import org.gouvernail.domain.training.LiteracyRequirementId;
import org.gouvernail.domain.training.RequirementStatus;
import org.gouvernail.domain.training.port.out.LiteracyRequirements;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the literacy requirements in MariaDB, one row each (no collection loads). */
@ApplicationScoped
public class PanacheLiteracyRequirements implements LiteracyRequirements {

    private final Repository repository;

    PanacheLiteracyRequirements(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(LiteracyRequirement requirement) {
        repository.persist(LiteracyRequirementEntity.from(requirement));
    }

    @Override
    public Optional<LiteracyRequirement> find(OrganisationId organisationId, LiteracyRequirementId id) {
        return entity(organisationId, id).map(LiteracyRequirementEntity::toDomain);
    }

    @Override
    public LiteracyRequirement update(LiteracyRequirement requirement) {
        LiteracyRequirementEntity entity = entity(requirement.organisationId(), requirement.id())
                .orElseThrow(() -> new NotFound("literacy-requirement", requirement.id()));
        Versions.expect("literacy requirement", entity.version, requirement.version());
        entity.apply(requirement);
        Versions.flush(repository.getEntityManager(), "literacy requirement", requirement.version());
        return entity.toDomain();
    }

    @Override
    public Page<LiteracyRequirement> list(
            OrganisationId organisationId, Optional<RequirementStatus> status, PageRequest page) {
        StringBuilder query =
                new StringBuilder("from LiteracyRequirementEntity r where r.organisationId = :organisation");
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        status.ifPresent(wanted -> {
            query.append(" and r.status = :status");
            parameters.and("status", wanted);
        });
        String paged = Keyset.after(query.toString(), page, parameters, false, "r.id");
        return Keyset.page(
                repository
                        .find(paged + " order by r.id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                LiteracyRequirementEntity::toDomain,
                requirement -> requirement.id().value());
    }

    @Override
    public List<LiteracyRequirement> active(Collection<OrganisationId> organisations, int max) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        InList ids = InList.anyLength(
                "organisation",
                organisations.stream().map(OrganisationId::value).toList());
        return ids
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from LiteracyRequirementEntity where organisationId in " + ids.parameters()
                                        + " and status = :active order by id",
                                LiteracyRequirementEntity.class))
                .setParameter("active", RequirementStatus.ACTIVE)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(LiteracyRequirementEntity::toDomain)
                .toList();
    }

    @Override
    public void addState(LiteracyRequirement requirement, Instant at) {
        repository.getEntityManager().persist(LiteracyRequirementRevisionEntity.of(requirement, at));
    }

    @Override
    public List<LiteracyRequirement> inForceAt(OrganisationId organisationId, Instant at, int max) {
        List<Object[]> rows = repository
                .getEntityManager()
                .createQuery(
                        "select r, q from LiteracyRequirementRevisionEntity r, LiteracyRequirementEntity q"
                                + " where q.organisationId = r.organisationId and q.id = r.requirementId"
                                + " and r.organisationId = :organisation and r.writtenAt < :at"
                                + " order by q.createdAt, q.id, r.writtenAt, r.revision",
                        Object[].class)
                .setParameter("organisation", organisationId.value())
                .setParameter("at", at)
                .getResultList();
        Map<UUID, LiteracyRequirement> latest = new LinkedHashMap<>();
        for (Object[] row : rows) {
            LiteracyRequirementRevisionEntity state = (LiteracyRequirementRevisionEntity) row[0];
            LiteracyRequirement requirement = state.toDomain((LiteracyRequirementEntity) row[1]);
            LiteracyRequirement before = latest.get(state.requirementId);
            // same instant: a retirement follows the revision it retires
            if (before == null
                    || state.writtenAt.isAfter(before.revisedAt())
                    || state.revision > before.revision()
                    || state.status == RequirementStatus.RETIRED) {
                latest.put(state.requirementId, requirement);
            }
        }
        return latest.values().stream()
                .filter(LiteracyRequirement::isActive)
                .limit(max)
                .toList();
    }

    private Optional<LiteracyRequirementEntity> entity(OrganisationId organisationId, LiteracyRequirementId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of literacy requirements, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<LiteracyRequirementEntity, UUID> {}
}
