package org.gouvernail.app.policy;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;

/** The policy versions contract on the MariaDB adapter, each case in a transaction rolled back at its end. */
@QuarkusTest
@TestTransaction
class PanachePolicyVersionsContractTest extends PolicyVersionsContract {

    @Inject
    PolicyVersions versions;

    @Inject
    Policies policies;

    @Inject
    Decisions decisions;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

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
