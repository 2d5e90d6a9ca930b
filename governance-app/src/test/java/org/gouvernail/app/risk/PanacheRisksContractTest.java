package org.gouvernail.app.risk;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.risk.port.out.Risks;

/** The risks contract on the MariaDB adapter, each case in a transaction rolled back at its end. */
@QuarkusTest
@TestTransaction
class PanacheRisksContractTest extends RisksContract {

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    Risks risks;

    @Inject
    Tools tools;

    @Override
    protected Organisations organisations() {
        return organisations;
    }

    @Override
    protected Memberships memberships() {
        return memberships;
    }

    @Override
    protected Risks risks() {
        return risks;
    }

    @Override
    protected Tools tools() {
        return tools;
    }
}
