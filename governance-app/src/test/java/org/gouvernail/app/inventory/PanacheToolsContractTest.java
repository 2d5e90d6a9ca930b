package org.gouvernail.app.inventory;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;

/** The tools contract on the MariaDB adapter, each case in a transaction rolled back at its end. */
@QuarkusTest
@TestTransaction
class PanacheToolsContractTest extends ToolsContract {

    @Inject
    Tools tools;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Override
    protected Tools tools() {
        return tools;
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
