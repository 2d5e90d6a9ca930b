package org.gouvernail.persistence.risk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.risk.ActionStatus;
import org.gouvernail.domain.risk.MitigationAction;
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
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;
import org.hibernate.StaleStateException;

/**
 * Persistence adapter: the risk register in MariaDB. A risk, its tool links and its actions are
 * saved together under the risk's one version: a change to the actions alone still moves it.
 */
@ApplicationScoped
public class PanacheRisks implements Risks, PanacheRepositoryBase<RiskEntity, UUID> {

    private static final Set<ActionStatus> UNSETTLED = EnumSet.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS);
    private static final String OVERDUE = "(r.status <> :closed and ((r.nextReviewDate is not null and r.nextReviewDate < :today)"
            + " or exists (select 1 from RiskActionEntity a where a.riskId = r.id and a.status in :unsettled"
            + " and a.dueDate is not null and a.dueDate < :today)))";

    @Override
    public void add(Risk risk) {
        persist(RiskEntity.from(risk));
        EntityManager em = getEntityManager();
        UUID organisation = risk.organisationId().value();
        for (ToolId tool : risk.details().toolIds()) {
            em.persist(RiskToolEntity.of(organisation, risk.id().value(), tool.value()));
        }
        for (MitigationAction action : risk.actions()) {
            em.persist(RiskActionEntity.of(organisation, risk.id().value(), action));
        }
    }

    @Override
    public Optional<Risk> find(OrganisationId organisationId, RiskId id) {
        return entity(organisationId, id).map(entity -> assemble(List.of(entity)).get(0));
    }

    @Override
    public Risk update(Risk risk) {
        RiskEntity entity = entity(risk.organisationId(), risk.id()).orElseThrow(() -> new NotFound("risk", risk.id()));
        Versions.expect("risk", entity.version, risk.version());
        boolean ownChanged = entity.apply(risk);
        boolean linksChanged = syncTools(entity, risk);
        boolean actionsChanged = syncActions(entity, risk);
        if (!ownChanged && (linksChanged || actionsChanged)) {
            try {
                getEntityManager().lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            } catch (OptimisticLockException | StaleStateException e) {
                throw new StaleVersion("risk", risk.version(), risk.version() + 1);
            }
        }
        Versions.flush(getEntityManager(), "risk", risk.version());
        return new Risk(risk.id(), risk.organisationId(), risk.details(), risk.status(), risk.acceptance(), risk.actions(),
                risk.catalogueEntry(), risk.raisedBy(), risk.raisedAt(), entity.version);
    }

    @Override
    public void remove(OrganisationId organisationId, RiskId id, long expectedVersion) {
        RiskEntity entity = entity(organisationId, id).orElseThrow(() -> new NotFound("risk", id));
        Versions.expect("risk", entity.version, expectedVersion);
        EntityManager em = getEntityManager();
        em.createQuery("delete from RiskToolEntity where organisationId = :organisation and riskId = :risk")
                .setParameter("organisation", organisationId.value()).setParameter("risk", id.value()).executeUpdate();
        em.createQuery("delete from RiskActionEntity where organisationId = :organisation and riskId = :risk")
                .setParameter("organisation", organisationId.value()).setParameter("risk", id.value()).executeUpdate();
        delete(entity);
        Versions.flush(em, "risk", expectedVersion);
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
            query.append(" and exists (select 1 from RiskToolEntity l where l.riskId = r.id and l.toolId = :tool)");
            parameters.and("tool", tool.value());
        });
        filter.overdue().ifPresent(overdue -> {
            query.append(overdue ? " and " : " and not ").append(OVERDUE);
            parameters.and("closed", RiskStatus.CLOSED).and("today", today).and("unsettled", UNSETTLED);
        });
        String paged = Keyset.after(query.toString(), page, parameters, false, "r.id");
        List<RiskEntity> slice = find(paged + " order by r.id", parameters).page(0, page.limit() + 1).list();
        return Page.fromSlice(assemble(slice), page, risk -> risk.id().value());
    }

    @Override
    public List<RatedRisk> openRatings(OrganisationId organisationId) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select r.id, r.likelihood, r.severity, r.residualLikelihood, r.residualSeverity from RiskEntity r
                        where r.organisationId = :organisation and r.status <> :closed order by r.id""", Object[].class)
                .setParameter("organisation", organisationId.value())
                .setParameter("closed", RiskStatus.CLOSED)
                .getResultList();
        return rows.stream().map(row -> new RatedRisk(new RiskId((UUID) row[0]), new Rating((Integer) row[1], (Integer) row[2]),
                row[3] == null ? Optional.empty() : Optional.of(new Rating((Integer) row[3], (Integer) row[4])))).toList();
    }

    /** The risks of these rows with their links and actions, in three queries whatever the number of rows. */
    private List<Risk> assemble(List<RiskEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = entities.stream().map(e -> e.id).collect(Collectors.toSet());
        UUID organisation = entities.get(0).organisationId;
        Map<UUID, Set<ToolId>> tools = new HashMap<>();
        for (RiskToolEntity link : getEntityManager().createQuery(
                        "from RiskToolEntity where organisationId = :organisation and riskId in :ids order by toolId", RiskToolEntity.class)
                .setParameter("organisation", organisation).setParameter("ids", ids).getResultList()) {
            tools.computeIfAbsent(link.riskId, k -> new LinkedHashSet<>()).add(new ToolId(link.toolId));
        }
        Map<UUID, List<MitigationAction>> actions = new HashMap<>();
        for (RiskActionEntity action : actionsOf(organisation, ids)) {
            actions.computeIfAbsent(action.riskId, k -> new ArrayList<>()).add(action.toDomain());
        }
        return entities.stream()
                .map(e -> e.toDomain(tools.getOrDefault(e.id, Set.of()), actions.getOrDefault(e.id, List.of())))
                .toList();
    }

    private List<RiskActionEntity> actionsOf(UUID organisation, Collection<UUID> riskIds) {
        return getEntityManager().createQuery(
                        "from RiskActionEntity where organisationId = :organisation and riskId in :ids order by id", RiskActionEntity.class)
                .setParameter("organisation", organisation).setParameter("ids", riskIds).getResultList();
    }

    private boolean syncTools(RiskEntity entity, Risk risk) {
        EntityManager em = getEntityManager();
        Set<UUID> wanted = risk.details().toolIds().stream().map(ToolId::value).collect(Collectors.toSet());
        Set<UUID> present = new java.util.HashSet<>();
        boolean changed = false;
        for (RiskToolEntity link : em.createQuery("from RiskToolEntity where organisationId = :organisation and riskId = :risk",
                        RiskToolEntity.class)
                .setParameter("organisation", entity.organisationId).setParameter("risk", entity.id).getResultList()) {
            if (wanted.contains(link.toolId)) {
                present.add(link.toolId);
            } else {
                em.remove(link);
                changed = true;
            }
        }
        for (UUID tool : wanted) {
            if (!present.contains(tool)) {
                em.persist(RiskToolEntity.of(entity.organisationId, entity.id, tool));
                changed = true;
            }
        }
        return changed;
    }

    private boolean syncActions(RiskEntity entity, Risk risk) {
        EntityManager em = getEntityManager();
        Map<UUID, RiskActionEntity> stored = new HashMap<>();
        for (RiskActionEntity action : actionsOf(entity.organisationId, List.of(entity.id))) {
            stored.put(action.id, action);
        }
        boolean changed = false;
        for (MitigationAction action : risk.actions()) {
            RiskActionEntity row = stored.remove(action.id().value());
            if (row == null) {
                em.persist(RiskActionEntity.of(entity.organisationId, entity.id, action));
                changed = true;
            } else if (!row.toDomain().equals(action)) {
                row.apply(action);
                changed = true;
            }
        }
        for (RiskActionEntity gone : stored.values()) {
            em.remove(gone);
            changed = true;
        }
        return changed;
    }

    private Optional<RiskEntity> entity(OrganisationId organisationId, RiskId id) {
        return find("organisationId = ?1 and id = ?2", organisationId.value(), id.value()).firstResultOptional();
    }
}
