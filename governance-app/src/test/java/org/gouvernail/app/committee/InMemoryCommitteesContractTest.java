package org.gouvernail.app.committee;

import org.gouvernail.app.organisation.InMemoryMemberships;
import org.gouvernail.app.organisation.InMemoryOrganisations;
import org.gouvernail.domain.committee.port.out.Committees;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;

/** The committees contract on the fake of the service tests. */
class InMemoryCommitteesContractTest extends CommitteesContract {

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryOrganisations organisations = new InMemoryOrganisations(memberships);
    private final InMemoryCommittees committees = new InMemoryCommittees();

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
