package org.gouvernail.domain.committee.port.out;

import java.util.Optional;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: the organisation's committee (charter and members), one per organisation. */
public interface Committees {

    Optional<Committee> find(OrganisationId organisationId);

    /** Creates or replaces the committee; fails with StaleVersion if it changed since it was read. */
    Committee save(Committee committee);
}
