package org.gouvernail.app.audit;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gouvernail.domain.audit.port.out.AuditTrail;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;

/** The audit trail contract on the MariaDB adapter, each case in a transaction rolled back at its end. */
@QuarkusTest
@TestTransaction
class PanacheAuditTrailContractTest extends AuditTrailContract {

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    AuditTrail trail;

    @Override
    protected Organisations organisations() {
        return organisations;
    }

    @Override
    protected Memberships memberships() {
        return memberships;
    }

    @Override
    protected AuditTrail trail() {
        return trail;
    }
}
