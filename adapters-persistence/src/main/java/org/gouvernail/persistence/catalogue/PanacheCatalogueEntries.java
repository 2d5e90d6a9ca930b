package org.gouvernail.persistence.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.catalogue.CatalogueEntry;
import org.gouvernail.domain.catalogue.CatalogueEntryId;
import org.gouvernail.domain.catalogue.CatalogueStatus;
import org.gouvernail.domain.catalogue.port.out.CatalogueEntries;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: catalogue entries in catalogue_entry; a page of entries is one statement. */
@ApplicationScoped
public class PanacheCatalogueEntries implements CatalogueEntries {

    private final Repository repository;

    PanacheCatalogueEntries(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(CatalogueEntry entry) {
        repository.persist(CatalogueEntryEntity.from(entry));
    }

    @Override
    public CatalogueEntry update(CatalogueEntry entry) {
        CatalogueEntryEntity entity =
                entity(entry.federationId(), entry.id()).orElseThrow(() -> new NotFound("catalogue-entry", entry.id()));
        Versions.expect("catalogue-entry", entity.version, entry.version());
        entity.apply(entry);
        Versions.flush(repository.getEntityManager(), "catalogue-entry", entry.version());
        return entity.toDomain();
    }

    @Override
    public Optional<CatalogueEntry> find(OrganisationId federationId, CatalogueEntryId id) {
        return entity(federationId, id).map(CatalogueEntryEntity::toDomain);
    }

    @Override
    public Optional<CatalogueEntry> find(CatalogueEntryId id) {
        return repository.findByIdOptional(id.value()).map(CatalogueEntryEntity::toDomain);
    }

    @Override
    public Page<CatalogueEntry> list(OrganisationId federationId, boolean publishedOnly, PageRequest page) {
        Parameters parameters = Parameters.with("federation", federationId.value());
        String where = "from CatalogueEntryEntity e where e.organisationId = :federation";
        if (publishedOnly) {
            where += " and e.status = :status";
            parameters.and("status", CatalogueStatus.PUBLISHED);
        }
        String query = Keyset.after(where, page, parameters, false, "e.id");
        List<CatalogueEntryEntity> slice = repository
                .find(query + " order by e.id", parameters)
                .page(0, page.limit() + 1)
                .list();
        return Keyset.page(
                slice, page, CatalogueEntryEntity::toDomain, entry -> entry.id().value());
    }

    private Optional<CatalogueEntryEntity> entity(OrganisationId federationId, CatalogueEntryId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", federationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of catalogue entries, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<CatalogueEntryEntity, UUID> {}
}
