package org.gouvernail.app.policy;

import org.gouvernail.app.committee.InMemoryDecisions;
import org.gouvernail.app.organisation.InMemoryMemberships;
import org.gouvernail.app.organisation.InMemoryOrganisations;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;

/** The policy versions contract on the fake of the service tests. */
class InMemoryPolicyVersionsContractTest extends PolicyVersionsContract {

    private final InMemoryPolicies policies = new InMemoryPolicies();
    private final InMemoryDecisions decisions = new InMemoryDecisions();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryOrganisations organisations = new InMemoryOrganisations(memberships);
    private final InMemoryPolicyVersions versions = new InMemoryPolicyVersions();

    @Override
    protected PolicyVersions versions() {
        return versions;
    }

    @Override
    protected Policies policies() {
        return policies;
    }

    @Override
    protected Decisions decisions() {
        return decisions;
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
