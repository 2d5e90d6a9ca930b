package org.gouvernail.app.policy;

import org.gouvernail.app.organisation.InMemoryMemberships;
import org.gouvernail.app.organisation.InMemoryOrganisations;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.port.out.Policies;

/** The policies contract on the fake of the service tests. */
class InMemoryPoliciesContractTest extends PoliciesContract {

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryOrganisations organisations = new InMemoryOrganisations(memberships);
    private final InMemoryPolicies policies = new InMemoryPolicies();

    @Override
    protected Policies policies() {
        return policies;
    }

    @Override
    protected Organisations organisations() {
        return organisations;
    }

    @Override
    protected Memberships memberships() {
        return memberships;
    }
}
