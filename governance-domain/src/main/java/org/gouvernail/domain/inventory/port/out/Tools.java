package org.gouvernail.domain.inventory.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the stored AI tools of one organisation. */
public interface Tools {

    void add(AiTool tool);

    Optional<AiTool> find(OrganisationId organisationId, ToolId id);

    /** Saves a changed tool; fails with StaleVersion if it changed since it was read. */
    AiTool update(AiTool tool);

    void remove(OrganisationId organisationId, ToolId id, long expectedVersion);

    Page<AiTool> list(OrganisationId organisationId, ToolFilter filter, PageRequest page);

    /** The tools among {@code ids} that exist in one of these organisations, in one query (and its collections). */
    List<AiTool> findAll(Collection<OrganisationId> organisationIds, Collection<ToolId> ids);
}
