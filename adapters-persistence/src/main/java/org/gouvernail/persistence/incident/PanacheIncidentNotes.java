package org.gouvernail.persistence.incident;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentNote;
import org.gouvernail.domain.incident.port.out.IncidentNotes;
import org.gouvernail.domain.shared.OrganisationId;

/** Persistence adapter: the append-only notes of the incidents' timelines in MariaDB. */
@ApplicationScoped
public class PanacheIncidentNotes implements IncidentNotes {

    private final Repository repository;

    PanacheIncidentNotes(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(IncidentNote note) {
        repository.persist(IncidentNoteEntity.from(note));
    }

    @Override
    public List<IncidentNote> of(OrganisationId organisationId, IncidentId incidentId) {
        return repository
                .find(
                        "organisationId = ?1 and incidentId = ?2 order by notedAt, id",
                        organisationId.value(),
                        incidentId.value())
                .page(0, IncidentNote.MAX_PER_INCIDENT)
                .list()
                .stream()
                .map(IncidentNoteEntity::toDomain)
                .toList();
    }

    @Override
    public long count(OrganisationId organisationId, IncidentId incidentId) {
        return repository.count("organisationId = ?1 and incidentId = ?2", organisationId.value(), incidentId.value());
    }

    /** The Panache repository of incident notes, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<IncidentNoteEntity, UUID> {}
}
