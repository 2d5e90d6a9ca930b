package org.gouvernail.persistence.risk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.risk.ActionStatus;
import org.gouvernail.domain.risk.RatedRisk;
import org.gouvernail.domain.risk.Rating;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskFilter;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/**
 * Persistence adapter: the risk register in MariaDB. A risk, its tool links and its actions are
 * saved together under the risk's one version: a change to the actions alone still moves it.
 */
@ApplicationScoped
public class PanacheRisks implements Risks {

    private static final String OVERDUE =
            "(r.status <> :closed and ((r.nextReviewDate is not null and r.nextReviewDate < :today)"
                    + " or exists (select 1 from r.actions a where a.status in (:planned, :inProgress) and a.dueDate is not null and a.dueDate < :today)))";

    private final Repository repository;

    PanacheRisks(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Risk risk) {
        repository.persist(RiskEntity.from(risk));
    }

    @Override
    public Optional<Risk> find(OrganisationId organisationId, RiskId id) {
        return entity(organisationId, id).map(RiskEntity::toDomain);
    }

    @Override
    public Risk update(Risk risk) {
        RiskEntity entity = entity(risk.organisationId(), risk.id()).orElseThrow(() -> new NotFound("risk", risk.id()));
        Versions.expect("risk", entity.version, risk.version());
        entity.apply(risk);
        Versions.flush(repository.getEntityManager(), "risk", risk.version());
        return entity.toDomain();
    }

    @Override
    public void remove(OrganisationId organisationId, RiskId id, long expectedVersion) {
        RiskEntity entity = entity(organisationId, id).orElseThrow(() -> new NotFound("risk", id));
        Versions.expect("risk", entity.version, expectedVersion);
        repository.delete(entity);
        Versions.flush(repository.getEntityManager(), "risk", expectedVersion);
    }

    @Override
    public void lockForChange(OrganisationId organisationId, RiskId id) {
        // a locking read of the row alone: as the transaction's first read it leaves the snapshot of the later reads
        // until after the wait
        repository
                .getEntityManager()
                .createNativeQuery("select id from risk where id = :id and organisation_id = :organisation for update")
                .setParameter("id", id.value().toString())
                .setParameter("organisation", organisationId.value().toString())
                .getResultList();
    }

    @Override
    public Page<Risk> list(OrganisationId organisationId, RiskFilter filter, LocalDate today, PageRequest page) {
        StringBuilder query = new StringBuilder("from RiskEntity r where r.organisationId = :organisation");
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        filter.status().ifPresent(status -> {
            query.append(" and r.status = :status");
            parameters.and("status", status);
        });
        filter.category().ifPresent(category -> {
            query.append(" and r.category = :category");
            parameters.and("category", category);
        });
        filter.level().ifPresent(level -> {
            query.append(" and r.likelihood * r.severity between :minScore and :maxScore");
            parameters.and("minScore", level.minScore()).and("maxScore", level.maxScore());
        });
        filter.toolId().ifPresent(tool -> {
            query.append(" and exists (select 1 from r.tools l where l.toolId = :tool)");
            parameters.and("tool", tool.value());
        });
        filter.overdue().ifPresent(overdue -> {
            query.append(overdue ? " and " : " and not ").append(OVERDUE);
            parameters
                    .and("closed", RiskStatus.CLOSED)
                    .and("today", today)
                    .and("planned", ActionStatus.PLANNED)
                    .and("inProgress", ActionStatus.IN_PROGRESS);
        });
        String paged = Keyset.after(query.toString(), page, parameters, false, "r.id");
        return Keyset.page(
                repository
                        .find(paged + " order by r.id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                RiskEntity::toDomain,
                risk -> risk.id().value());
    }

    @Override
    public List<RatedRisk> openRatings(OrganisationId organisationId) {
        List<Object[]> ratings = repository
                .getEntityManager()
                .createQuery("""
                        select r.id, r.likelihood, r.severity, r.residualLikelihood, r.residualSeverity from RiskEntity r
                        where r.organisationId = :organisation and r.status <> :closed order by r.id""", Object[].class)
                .setParameter("organisation", organisationId.value())
                .setParameter("closed", RiskStatus.CLOSED)
                .getResultList();
        return ratings.stream()
                .map(row -> new RatedRisk(
                        new RiskId((UUID) row[0]),
                        new Rating((Integer) row[1], (Integer) row[2]),
                        row[3] == null
                                ? Optional.empty()
                                : Optional.of(new Rating((Integer) row[3], (Integer) row[4]))))
                .toList();
    }

    private Optional<RiskEntity> entity(OrganisationId organisationId, RiskId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of risk repository, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<RiskEntity, UUID> {}
}
