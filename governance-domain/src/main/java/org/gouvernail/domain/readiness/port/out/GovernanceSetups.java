package org.gouvernail.domain.readiness.port.out;

import java.util.Optional;
import org.gouvernail.domain.readiness.GovernanceSetup;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: each organisation's governance setup (profile, practices, roadmap steps), under one version. */
public interface GovernanceSetups {

    Optional<GovernanceSetup> find(OrganisationId organisationId);

    /**
     * The same, its row held until the transaction ends: a concurrent acceptance of a roadmap action
     * waits for this one and then sees what it created. Without a database to lock, a plain read.
     */
    default Optional<GovernanceSetup> findForUpdate(OrganisationId organisationId) {
        return find(organisationId);
    }

    void add(GovernanceSetup setup);

    /** Saves the changed setup; StaleVersion if it changed since it was read. */
    GovernanceSetup update(GovernanceSetup setup);
}
