package org.gouvernail.app.committee;

import org.gouvernail.app.organisation.InMemoryMemberships;
import org.gouvernail.app.organisation.InMemoryOrganisations;
import org.gouvernail.domain.committee.port.out.ApprovalRequests;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;

/** The approval requests contract on the fake of the service tests. */
class InMemoryApprovalRequestsContractTest extends ApprovalRequestsContract {

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryOrganisations organisations = new InMemoryOrganisations(memberships);
    private final InMemoryApprovalRequests requests = new InMemoryApprovalRequests();

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
