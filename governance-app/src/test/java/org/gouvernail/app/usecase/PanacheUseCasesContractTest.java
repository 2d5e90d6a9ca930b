package org.gouvernail.app.usecase;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.usecase.port.out.UseCases;

/** The use cases contract on the MariaDB adapter, each case in a transaction rolled back at its end. */
@QuarkusTest
@TestTransaction
class PanacheUseCasesContractTest extends UseCasesContract {

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    UseCases useCases;

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
    protected UseCases useCases() {
        return useCases;
    }

    @Override
    protected Tools tools() {
        return tools;
    }
}
