package org.gouvernail.domain.training.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.ToolUse;
import org.gouvernail.domain.training.ToolUseId;

/** Out-port: who uses which AI tool, in one organisation. */
public interface ToolUses {

    void add(ToolUse use);

    Optional<ToolUse> find(OrganisationId organisationId, ToolUseId id);

    boolean exists(OrganisationId organisationId, MemberId memberId, ToolId toolId);

    void remove(OrganisationId organisationId, ToolUseId id);

    /** Oldest first. */
    Page<ToolUse> list(
            OrganisationId organisationId, Optional<MemberId> member, Optional<ToolId> tool, PageRequest page);

    /** Every use of the organisation, oldest first, at most {@code max}. */
    List<ToolUse> all(OrganisationId organisationId, int max);

    /** Every use of these members, whatever their organisations, in one query, oldest first, at most {@code max}. */
    List<ToolUse> ofMembers(Collection<MemberId> memberIds, int max);
}
