package org.gouvernail.app.policy;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.port.out.Acknowledgements;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;

/** The acknowledgements contract on the MariaDB adapter, each case in a transaction rolled back at its end. */
@QuarkusTest
@TestTransaction
class PanacheAcknowledgementsContractTest extends AcknowledgementsContract {

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    Policies policies;

    @Inject
    PolicyVersions versions;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

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
