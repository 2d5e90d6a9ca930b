package org.gouvernail.app.audit;

import org.gouvernail.app.organisation.InMemoryMemberships;
import org.gouvernail.app.organisation.InMemoryOrganisations;
import org.gouvernail.domain.audit.port.out.AuditTrail;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;

/** The audit trail contract on the fakes of the service tests. */
class InMemoryAuditTrailContractTest extends AuditTrailContract {

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryOrganisations organisations = new InMemoryOrganisations(memberships);
    private final AuditTrail trail = new InMemoryAuditTrail();

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
