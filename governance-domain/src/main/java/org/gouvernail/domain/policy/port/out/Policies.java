package org.gouvernail.domain.policy.port.out;

import java.util.Optional;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the stored usage policies of one organisation. */
public interface Policies {

    void add(Policy policy);

    Optional<Policy> find(OrganisationId organisationId, PolicyId id);

    /** Saves a changed policy; fails with StaleVersion if it changed since it was read. */
    Policy update(Policy policy);

    Page<Policy> list(OrganisationId organisationId, PageRequest page);
}
