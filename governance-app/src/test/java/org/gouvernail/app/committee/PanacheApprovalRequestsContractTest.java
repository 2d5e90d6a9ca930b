package org.gouvernail.app.committee;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gouvernail.domain.committee.port.out.ApprovalRequests;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;

/** The approval requests contract on the MariaDB adapter, each case in a transaction rolled back at its end. */
@QuarkusTest
@TestTransaction
class PanacheApprovalRequestsContractTest extends ApprovalRequestsContract {

    @Inject
    ApprovalRequests requests;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Override
    protected ApprovalRequests requests() {
        return requests;
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
