package org.gouvernail.persistence.incident;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.incident.IncidentAction;
import org.gouvernail.domain.incident.IncidentActionId;
import org.gouvernail.domain.incident.IncidentActionState;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.port.out.IncidentActions;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the actions of the incidents' response plans in MariaDB. */
@ApplicationScoped
public class PanacheIncidentActions implements IncidentActions {

    private final Repository repository;

    PanacheIncidentActions(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(IncidentAction action) {
        repository.persist(IncidentActionEntity.from(action));
    }

    @Override
    public Optional<IncidentAction> find(OrganisationId organisationId, IncidentId incidentId, IncidentActionId id) {
        return entity(organisationId, incidentId, id).map(IncidentActionEntity::toDomain);
    }

    @Override
    public IncidentAction update(IncidentAction action) {
        IncidentActionEntity entity = entity(action.organisationId(), action.incidentId(), action.id())
                .orElseThrow(() -> new NotFound("incident-action", action.id()));
        Versions.expect("incident-action", entity.version, action.version());
        entity.apply(action);
        Versions.flush(repository.getEntityManager(), "incident-action", action.version());
        return entity.toDomain();
    }

    @Override
    public List<IncidentAction> of(OrganisationId organisationId, IncidentId incidentId) {
        return repository
                .find(
                        "organisationId = ?1 and incidentId = ?2 order by dueOn, createdAt, id",
                        organisationId.value(),
                        incidentId.value())
                .page(0, IncidentAction.MAX_PER_INCIDENT)
                .list()
                .stream()
                .map(IncidentActionEntity::toDomain)
                .toList();
    }

    @Override
    public long count(OrganisationId organisationId, IncidentId incidentId) {
        return repository.count("organisationId = ?1 and incidentId = ?2", organisationId.value(), incidentId.value());
    }

    @Override
    public List<IncidentAction> openOwnedBy(Collection<MemberId> owners, LocalDate until, int limit) {
        if (owners.isEmpty()) {
            return List.of();
        }
        InList ids =
                InList.anyLength("owner", owners.stream().map(MemberId::value).toList());
        return ids
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from IncidentActionEntity where ownerId in " + ids.parameters()
                                        + " and state = :open and dueOn <= :until order by dueOn, id",
                                IncidentActionEntity.class))
                .setParameter("open", IncidentActionState.OPEN)
                .setParameter("until", until)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(IncidentActionEntity::toDomain)
                .toList();
    }

    @Override
    public List<IncidentAction> openIn(OrganisationId organisationId, LocalDate until, int limit) {
        return repository
                .find(
                        "organisationId = :organisation and state = :open and dueOn <= :until order by dueOn, id",
                        Parameters.with("organisation", organisationId.value())
                                .and("open", IncidentActionState.OPEN)
                                .and("until", until))
                .page(0, limit)
                .list()
                .stream()
                .map(IncidentActionEntity::toDomain)
                .toList();
    }

    private Optional<IncidentActionEntity> entity(
            OrganisationId organisationId, IncidentId incidentId, IncidentActionId id) {
        return repository
                .find(
                        "organisationId = ?1 and incidentId = ?2 and id = ?3",
                        organisationId.value(),
                        incidentId.value(),
                        id.value())
                .firstResultOptional();
    }

    /** The Panache repository of incident actions, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<IncidentActionEntity, UUID> {}
}
