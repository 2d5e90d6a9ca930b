package org.gouvernail.persistence.incident;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.incident.DutyCode;
import org.gouvernail.domain.incident.DutyState;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.PendingDuty;
import org.gouvernail.domain.incident.port.out.Incidents;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the incident log in MariaDB, each incident saved with its duties under one version. */
@ApplicationScoped
public class PanacheIncidents implements Incidents {

    private final Repository repository;

    PanacheIncidents(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Incident incident) {
        repository.persist(IncidentEntity.from(incident));
    }

    @Override
    public Optional<Incident> find(OrganisationId organisationId, IncidentId id) {
        return entity(organisationId, id).map(IncidentEntity::toDomain);
    }

    @Override
    public Incident update(Incident incident) {
        IncidentEntity entity = entity(incident.organisationId(), incident.id())
                .orElseThrow(() -> new NotFound("incident", incident.id()));
        Versions.expect("incident", entity.version, incident.version());
        entity.apply(incident);
        Versions.flush(repository.getEntityManager(), "incident", incident.version());
        return entity.toDomain();
    }

    @Override
    public Page<Incident> list(OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String query = Keyset.after(
                "from IncidentEntity i where i.organisationId = :organisation", page, parameters, false, "i.id");
        return Keyset.page(
                repository
                        .find(query + " order by i.id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                IncidentEntity::toDomain,
                incident -> incident.id().value());
    }

    @Override
    public List<PendingDuty> pendingDuties(Collection<OrganisationId> organisations, Instant until, int limit) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        InList ids = InList.anyLength(
                "organisation",
                organisations.stream().map(OrganisationId::value).toList());
        List<Object[]> rows = ids.bind(repository
                        .getEntityManager()
                        .createQuery(
                                "select i.organisationId, i.id, i.title, key(d), d.dueAt from IncidentEntity i join i.duties d"
                                        + " where i.organisationId in " + ids.parameters() + " and d.state = :pending"
                                        + " and d.dueAt is not null and d.dueAt <= :until order by d.dueAt, i.id",
                                Object[].class))
                .setParameter("pending", DutyState.PENDING)
                .setParameter("until", until)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(row -> new PendingDuty(
                        new OrganisationId((UUID) row[0]),
                        new IncidentId((UUID) row[1]),
                        (String) row[2],
                        (DutyCode) row[3],
                        (Instant) row[4]))
                .toList();
    }

    private Optional<IncidentEntity> entity(OrganisationId organisationId, IncidentId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of incidents, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<IncidentEntity, UUID> {}
}
