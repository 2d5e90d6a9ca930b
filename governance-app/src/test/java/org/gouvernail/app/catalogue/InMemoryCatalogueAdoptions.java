package org.gouvernail.app.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gouvernail.domain.catalogue.CatalogueAdoption;
import org.gouvernail.domain.catalogue.port.out.CatalogueAdoptions;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.StaleVersion;

/** Test double: adoptions in a map, versions as the database keeps them. */
public final class InMemoryCatalogueAdoptions implements CatalogueAdoptions {

    private final Map<ToolId, Stored> rows = new LinkedHashMap<>();

    @Override
    public void add(CatalogueAdoption adoption) {
        rows.put(adoption.toolId(), new Stored(adoption, 0));
    }

    @Override
    public Stored update(CatalogueAdoption adoption, long expectedVersion) {
        Stored current = ofTool(adoption.organisationId(), adoption.toolId())
                .orElseThrow(() -> new NotFound("tool", adoption.toolId()));
        StaleVersion.check("catalogue-adoption", current.version(), expectedVersion);
        Stored saved = new Stored(adoption, current.version() + 1);
        rows.put(adoption.toolId(), saved);
        return saved;
    }

    @Override
    public Optional<Stored> ofTool(OrganisationId organisationId, ToolId toolId) {
        return Optional.ofNullable(rows.get(toolId))
                .filter(stored -> stored.adoption().organisationId().equals(organisationId));
    }

    @Override
    public List<CatalogueAdoption> ofFederation(OrganisationId federationId) {
        return rows.values().stream()
                .map(Stored::adoption)
                .filter(adoption -> adoption.federationId().equals(federationId))
                .toList();
    }
}
