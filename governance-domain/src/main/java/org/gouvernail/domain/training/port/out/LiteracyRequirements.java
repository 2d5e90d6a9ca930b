package org.gouvernail.domain.training.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.LiteracyRequirement;
import org.gouvernail.domain.training.LiteracyRequirementId;
import org.gouvernail.domain.training.RequirementStatus;

/** Out-port: the literacy requirements of one organisation. */
public interface LiteracyRequirements {

    void add(LiteracyRequirement requirement);

    Optional<LiteracyRequirement> find(OrganisationId organisationId, LiteracyRequirementId id);

    /** Saves a changed requirement; StaleVersion if it changed since it was read. */
    LiteracyRequirement update(LiteracyRequirement requirement);

    /** Oldest first. */
    Page<LiteracyRequirement> list(OrganisationId organisationId, Optional<RequirementStatus> status, PageRequest page);

    /** The ACTIVE requirements of these organisations, in one query, at most {@code max}. */
    List<LiteracyRequirement> active(Collection<OrganisationId> organisations, int max);
}
