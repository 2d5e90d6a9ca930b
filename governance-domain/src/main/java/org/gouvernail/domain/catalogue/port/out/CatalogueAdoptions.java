package org.gouvernail.domain.catalogue.port.out;

import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.catalogue.CatalogueAdoption;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Out-port: the adoptions of catalogue entries, one per adopting tool, owned by the adopting
 * organisation. Stored with a version, so that a review is made against the adoption as read.
 */
public interface CatalogueAdoptions {

    /** An adoption as stored, with its version (its ETag). */
    record Stored(CatalogueAdoption adoption, long version) {}

    void add(CatalogueAdoption adoption);

    /** Saves the reviewed adoption; StaleVersion if it changed since {@code expectedVersion}. */
    Stored update(CatalogueAdoption adoption, long expectedVersion);

    Optional<Stored> ofTool(OrganisationId organisationId, ToolId toolId);

    /** Every adoption of the federation's entries, whoever the adopter (for the adoption counts). */
    List<CatalogueAdoption> ofFederation(OrganisationId federationId);
}
