package org.gouvernail.domain.readiness.port.out;

import java.util.Optional;
import org.gouvernail.domain.readiness.GovernanceSetup;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: each organisation's governance setup (profile, practices, roadmap steps), under one version. */
public interface GovernanceSetups {

    Optional<GovernanceSetup> find(OrganisationId organisationId);

    void add(GovernanceSetup setup);

    /** Saves the changed setup; StaleVersion if it changed since it was read. */
    GovernanceSetup update(GovernanceSetup setup);
}
