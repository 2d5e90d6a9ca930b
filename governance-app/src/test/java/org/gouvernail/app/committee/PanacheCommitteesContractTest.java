package org.gouvernail.app.committee;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gouvernail.domain.committee.port.out.Committees;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;

/** The committees contract on the MariaDB adapter, each case in a transaction rolled back at its end. */
@QuarkusTest
@TestTransaction
class PanacheCommitteesContractTest extends CommitteesContract {

    @Inject
    Committees committees;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Override
    protected Committees committees() {
        return committees;
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
