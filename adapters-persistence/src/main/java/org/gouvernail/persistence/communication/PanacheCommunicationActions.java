package org.gouvernail.persistence.communication;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.CommunicationActionId;
import org.gouvernail.domain.communication.CommunicationFilter;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.communication.CommunicationStatus;
import org.gouvernail.domain.communication.port.out.CommunicationActions;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: communication actions in MariaDB, each with its concerns and linked subjects. */
@ApplicationScoped
public class PanacheCommunicationActions implements CommunicationActions {

    private final Repository repository;

    PanacheCommunicationActions(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(CommunicationAction action) {
        repository.persist(CommunicationActionEntity.from(action));
    }

    @Override
    public Optional<CommunicationAction> find(OrganisationId organisationId, CommunicationActionId id) {
        return entity(organisationId, id).map(CommunicationActionEntity::toDomain);
    }

    @Override
    public CommunicationAction update(CommunicationAction action) {
        CommunicationActionEntity entity = entity(action.organisationId(), action.id())
                .orElseThrow(() -> new NotFound("communication-action", action.id()));
        Versions.expect("communication-action", entity.version, action.version());
        entity.apply(action);
        Versions.flush(repository.getEntityManager(), "communication-action", action.version());
        return entity.toDomain();
    }

    @Override
    public Page<CommunicationAction> list(
            OrganisationId organisationId, CommunicationPlanId planId, CommunicationFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("organisationId = :organisation and planId = :plan");
        Parameters parameters =
                Parameters.with("organisation", organisationId.value()).and("plan", planId.value());
        filter.status().ifPresent(status -> {
            query.append(" and status = :status");
            parameters.and("status", status);
        });
        filter.audience().ifPresent(audience -> {
            query.append(" and audience = :audience");
            parameters.and("audience", audience);
        });
        filter.stage().ifPresent(stage -> {
            query.append(" and stage = :stage");
            parameters.and("stage", stage);
        });
        String paged = Keyset.after(query.toString(), page, parameters, false);
        return Keyset.page(
                repository
                        .find(paged + " order by id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                CommunicationActionEntity::toDomain,
                action -> action.id().value());
    }

    @Override
    public List<CommunicationAction> all(OrganisationId organisationId, CommunicationPlanId planId) {
        return repository
                .find(
                        "organisationId = ?1 and planId = ?2 order by plannedDate, id",
                        organisationId.value(),
                        planId.value())
                .page(0, CommunicationPlan.MAX_ACTIONS)
                .list()
                .stream()
                .map(CommunicationActionEntity::toDomain)
                .toList();
    }

    @Override
    public long count(OrganisationId organisationId, CommunicationPlanId planId) {
        return repository.count("organisationId = ?1 and planId = ?2", organisationId.value(), planId.value());
    }

    @Override
    public List<CommunicationAction> openSentBy(List<MemberId> senders, LocalDate until, int limit) {
        if (senders.isEmpty()) {
            return List.of();
        }
        InList ids =
                InList.anyLength("sender", senders.stream().map(MemberId::value).toList());
        return ids
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from CommunicationActionEntity where senderId in " + ids.parameters()
                                        + " and status in (:planned, :ready) and plannedDate < :until"
                                        + " order by plannedDate, id",
                                CommunicationActionEntity.class))
                .setParameter("planned", CommunicationStatus.PLANNED)
                .setParameter("ready", CommunicationStatus.READY)
                .setParameter("until", until)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(CommunicationActionEntity::toDomain)
                .toList();
    }

    @Override
    public List<CommunicationAction> openIn(OrganisationId organisationId, LocalDate until, int limit) {
        return repository
                .find(
                        "organisationId = :organisation and status in (:planned, :ready) and plannedDate < :until"
                                + " order by plannedDate, id",
                        Parameters.with("organisation", organisationId.value())
                                .and("planned", CommunicationStatus.PLANNED)
                                .and("ready", CommunicationStatus.READY)
                                .and("until", until))
                .page(0, limit)
                .list()
                .stream()
                .map(CommunicationActionEntity::toDomain)
                .toList();
    }

    private Optional<CommunicationActionEntity> entity(OrganisationId organisationId, CommunicationActionId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of communication actions, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<CommunicationActionEntity, UUID> {}
}
