package org.gouvernail.app.policy;

import org.gouvernail.app.organisation.InMemoryMemberships;
import org.gouvernail.app.organisation.InMemoryOrganisations;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.port.out.Acknowledgements;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;

/** The acknowledgements contract on the fake of the service tests. */
class InMemoryAcknowledgementsContractTest extends AcknowledgementsContract {

    private final InMemoryPolicies policies = new InMemoryPolicies();
    private final InMemoryPolicyVersions versions = new InMemoryPolicyVersions();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryOrganisations organisations = new InMemoryOrganisations(memberships);
    private final InMemoryAcknowledgements acknowledgements = new InMemoryAcknowledgements();

    @Override
    protected Acknowledgements acknowledgements() {
        return acknowledgements;
    }

    @Override
    protected Policies policies() {
        return policies;
    }

    @Override
    protected PolicyVersions versions() {
        return versions;
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
