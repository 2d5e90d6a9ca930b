package org.gouvernail.app.committee;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;

/** The decisions contract on the MariaDB adapter, each case in a transaction rolled back at its end. */
@QuarkusTest
@TestTransaction
class PanacheDecisionsContractTest extends DecisionsContract {

    @Inject
    Decisions decisions;

    @Inject
    Meetings meetings;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Override
    protected Decisions decisions() {
        return decisions;
    }

    @Override
    protected Meetings meetings() {
        return meetings;
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
