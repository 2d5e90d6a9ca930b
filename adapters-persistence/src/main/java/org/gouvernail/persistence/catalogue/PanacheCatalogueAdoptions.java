package org.gouvernail.persistence.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.catalogue.CatalogueAdoption;
import org.gouvernail.domain.catalogue.port.out.CatalogueAdoptions;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: adoptions of catalogue entries in catalogue_adoption, one row per adopted tool. */
@ApplicationScoped
public class PanacheCatalogueAdoptions implements CatalogueAdoptions {

    private final Repository repository;

    PanacheCatalogueAdoptions(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(CatalogueAdoption adoption) {
        repository.persist(CatalogueAdoptionEntity.from(adoption));
    }

    @Override
    public Stored update(CatalogueAdoption adoption, long expectedVersion) {
        CatalogueAdoptionEntity entity = entity(adoption.organisationId(), adoption.toolId())
                .orElseThrow(() -> new NotFound("tool", adoption.toolId()));
        Versions.expect("catalogue-adoption", entity.version, expectedVersion);
        entity.apply(adoption);
        Versions.flush(repository.getEntityManager(), "catalogue-adoption", expectedVersion);
        return new Stored(entity.toDomain(), entity.version);
    }

    @Override
    public Optional<Stored> ofTool(OrganisationId organisationId, ToolId toolId) {
        return entity(organisationId, toolId).map(entity -> new Stored(entity.toDomain(), entity.version));
    }

    @Override
    public List<CatalogueAdoption> ofFederation(OrganisationId federationId) {
        return repository.find("federationId = ?1 order by entryId, toolId", federationId.value()).stream()
                .map(CatalogueAdoptionEntity::toDomain)
                .toList();
    }

    private Optional<CatalogueAdoptionEntity> entity(OrganisationId organisationId, ToolId toolId) {
        return repository
                .find("organisationId = ?1 and toolId = ?2", organisationId.value(), toolId.value())
                .firstResultOptional();
    }

    /** The Panache repository of adoptions, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<CatalogueAdoptionEntity, UUID> {}
}
