package org.gouvernail.app.policy;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.port.out.Policies;

/** The policies contract on the MariaDB adapter, each case in a transaction rolled back at its end. */
@QuarkusTest
@TestTransaction
class PanachePoliciesContractTest extends PoliciesContract {

    @Inject
    Policies policies;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

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
