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

    /**
     * Appends one state of the requirement, as written at {@code at}: when it is created, at each revision,
     * when it is retired. States are never changed; the dossier as of a date reads them.
     */
    void addState(LiteracyRequirement requirement, java.time.Instant at);

    /**
     * The requirements in force at {@code at}: each one's last state written before then, when that state is
     * ACTIVE (with the revision, terms and status of then, {@code revisedAt} the time that state was written);
     * oldest first, in one query, at most {@code max}.
     */
    List<LiteracyRequirement> inForceAt(OrganisationId organisationId, java.time.Instant at, int max);

    /** The ACTIVE requirements of these organisations, in one query, at most {@code max}. */
    List<LiteracyRequirement> active(Collection<OrganisationId> organisations, int max);
}
