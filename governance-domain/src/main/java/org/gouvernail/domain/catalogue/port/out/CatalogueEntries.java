package org.gouvernail.domain.catalogue.port.out;

import java.util.Optional;
import org.gouvernail.domain.catalogue.CatalogueEntry;
import org.gouvernail.domain.catalogue.CatalogueEntryId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the entries of federations' shared tool catalogues (one row each, read in one statement). */
public interface CatalogueEntries {

    void add(CatalogueEntry entry);

    /** Saves a changed entry; StaleVersion if it changed since it was read. Returns it with its new version. */
    CatalogueEntry update(CatalogueEntry entry);

    Optional<CatalogueEntry> find(OrganisationId federationId, CatalogueEntryId id);

    /** An entry by its id alone, whatever its federation: the caller checks the membership. */
    Optional<CatalogueEntry> find(CatalogueEntryId id);

    /** The federation's entries by id (keyset); {@code publishedOnly}: PUBLISHED ones only, as members see them. */
    Page<CatalogueEntry> list(OrganisationId federationId, boolean publishedOnly, PageRequest page);
}
