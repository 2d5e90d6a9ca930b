package org.gouvernail.app.organisation;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;

/** The memberships contract on the MariaDB adapter, each case in a transaction rolled back at its end. */
@QuarkusTest
@TestTransaction
class PanacheMembershipsContractTest extends MembershipsContract {

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    EntityManager entityManager;

    @Override
    protected Organisations organisations() {
        return organisations;
    }

    @Override
    protected Memberships memberships() {
        return memberships;
    }

    @Override
    protected void flush() {
        entityManager.flush();
    }
}
